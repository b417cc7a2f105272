/**
 * Creates a desk account in DATABASE_URL and a session for it through better-auth's server API (which the sign-in
 * rate limit does not count), and prints the Cookie header a browser would send. For tests that need a signed-in
 * caller without spending the sign-in attempts of 127.0.0.1.
 *
 *   DATABASE_URL=data/e2e.db npx tsx --conditions react-server tests/reliability/session-cookie.ts admin@example.org admin
 */
import { randomBytes } from 'node:crypto';
import { connect } from '@/db/connect';
import { env } from '@/db/env';
import { isUserRole } from '@/lib/desk/roles';
import { createAuth } from '@/server/auth/config';
import { resolveAuthSecret } from '@/server/auth/secret';

async function main() {
  const [email, role] = process.argv.slice(2);
  if (!email || !isUserRole(role)) throw new Error('usage: session-cookie.ts <email> <admin|reviewer|editor>');
  const auth = createAuth(connect(env.DATABASE_URL), { secret: resolveAuthSecret(env.DATABASE_URL) });
  const password = randomBytes(18).toString('base64url');
  await auth.api.createUser({ body: { email, password, name: email.split('@')[0]!, role } });
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  console.log(
    headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; '),
  );
}

void main();
