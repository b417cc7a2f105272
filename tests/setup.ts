import { vi } from 'vitest';

// `server-only` throws outside a React Server Component bundle; the query modules are plain functions here.
vi.mock('server-only', () => ({}));
