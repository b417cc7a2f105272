import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The key that signs session cookies. BETTER_AUTH_SECRET wins; without it a random key is generated once and kept in
 * a file beside the database (mode 0600), so `npm start` works on a fresh clone and sessions survive restarts.
 * Never a constant: a default key would let anyone forge a session.
 */
export function resolveAuthSecret(databaseUrl: string, fromEnv = process.env.BETTER_AUTH_SECRET): string {
  if (fromEnv && fromEnv.trim().length > 0) return fromEnv;
  if (databaseUrl === ':memory:') return randomBytes(32).toString('base64url');
  const file = join(dirname(databaseUrl), '.auth-secret');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
