/**
 * CSRF guard for route handlers that change something: the request must carry an Origin header naming this site.
 * Browsers send Origin on every cross-site POST and on same-site fetches, so a missing Origin on a write is refused
 * too (a form on another site, a script, or a request that stripped it). Server actions get the same check from
 * Next.js itself (Origin against Host); this is the equivalent for /api/auth/* and any other write route.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/** The origins this request may come from: the host it was sent to (as the proxy saw it), plus configured ones. */
export function allowedOrigins(headers: Headers, configured: readonly string[] = []): string[] {
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  const out = configured.map((o) => o.replace(/\/+$/, ''));
  if (host) out.push(`${proto.split(',')[0]!.trim()}://${host.split(',')[0]!.trim()}`);
  return out;
}

export function checkOrigin(method: string, headers: Headers, configured: readonly string[] = []): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return { ok: false, reason: 'missing Origin header' };
  if (!allowedOrigins(headers, configured).includes(origin)) return { ok: false, reason: `foreign Origin ${origin}` };
  return { ok: true };
}

/** Comma-separated origins from the environment (BETTER_AUTH_URL and BETTER_AUTH_TRUSTED_ORIGINS). */
export function configuredOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const list = [env.BETTER_AUTH_URL, ...(env.BETTER_AUTH_TRUSTED_ORIGINS ?? '').split(',')];
  return list
    .map((s) => (s ?? '').trim())
    .filter(Boolean)
    .map((s) => new URL(s).origin);
}
