/**
 * npm run user:add -- --email someone@example.org --role admin [--name "Full Name"]
 *
 * Creates a desk account (the first admin must come from here: there is no public sign-up). The password is read
 * from standard input when something is piped in (`printf '%s' "$PW" | npm run user:add -- …`); otherwise a strong
 * one is generated and printed once. better-auth hashes it (scrypt); it is never stored or logged in clear.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { connect } from '@/db/connect';
import { env } from '@/db/env';
import { migrateDatabase } from '@/db/migrate';
import { isUserRole, USER_ROLES } from '@/lib/desk/roles';
import { createAuth, MIN_PASSWORD_LENGTH } from '@/server/auth/config';
import { resolveAuthSecret } from '@/server/auth/secret';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  const email = (values.email ?? '').trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    console.error('--email: give the address the person signs in with, e.g. --email editor@example.org');
    return 2;
  }
  if (!isUserRole(values.role)) {
    console.error(`--role: one of ${USER_ROLES.join(', ')}`);
    return 2;
  }
  const piped = await readStdin();
  const generated = piped === '';
  const password = generated ? randomBytes(18).toString('base64url') : piped;
  if (password.length < MIN_PASSWORD_LENGTH) {
    console.error(`password (standard input): at least ${MIN_PASSWORD_LENGTH} characters`);
    return 2;
  }

  const db = connect(env.DATABASE_URL);
  try {
    migrateDatabase(db);
    const exists = db.$client.prepare('SELECT 1 FROM auth_user WHERE email = ?').get(email);
    if (exists) {
      console.error(`--email: a user ${email} already exists; change roles on /desk/users`);
      return 1;
    }
    const auth = createAuth(db, { secret: resolveAuthSecret(env.DATABASE_URL) });
    await auth.api.createUser({ body: { email, password, name: values.name?.trim() || email.split('@')[0]!, role: values.role } });
    console.log(`Created ${values.role} ${email} in ${env.DATABASE_URL}.`);
    if (generated) console.log(`Password (shown once, store it now): ${password}`);
    return 0;
  } finally {
    db.$client.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error((e as Error).message);
    process.exitCode = 1;
  },
);
