/**
 * Existence checks for proxy.ts, which answers unknown actors with a server-rendered 404 (see app/not-found.tsx).
 * Its own read-only connection: the proxy is bundled apart from the pages and must not import `server-only` modules.
 */
import { connect, type Db } from './connect';
import { env } from './env';

let connection: Db | null = null;

/** True when the actor exists — or when the database cannot be asked, so the page itself decides. */
export function actorSlugExists(slug: string): boolean {
  try {
    connection ??= connect(env.DATABASE_URL, { readonly: env.DATABASE_URL !== ':memory:' });
    return connection.$client.prepare('SELECT 1 FROM actors WHERE slug = ?').get(slug) !== undefined;
  } catch {
    return true;
  }
}
