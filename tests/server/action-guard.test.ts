import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, actionBodyLimit } from '@/server/http/action-guard';

describe('action body limit (as Next.js reads serverActions.bodySizeLimit)', () => {
  it('takes bytes or a size with a unit, and falls back to 1 MB', () => {
    expect(actionBodyLimit(undefined)).toBe(ACTION_BODY_LIMIT);
    expect(ACTION_BODY_LIMIT).toBe(1024 * 1024);
    expect(actionBodyLimit(5000)).toBe(5000);
    expect(actionBodyLimit('500kb')).toBe(500 * 1024);
    expect(actionBodyLimit('2mb')).toBe(2 * 1024 * 1024);
    expect(actionBodyLimit('1.5 MB')).toBe(1.5 * 1024 * 1024);
    expect(actionBodyLimit('lots')).toBe(ACTION_BODY_LIMIT);
  });
});
