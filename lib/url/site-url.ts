/**
 * The site's public origin for absolute links (Atom feed, permanent links). Pure.
 *
 * SITE_URL wins. Without it, the request's own origin is used only when its host is trusted — a loopback address
 * (local use and the tests) or a host listed in TRUSTED_HOSTS — because the Host header is whatever the client sent,
 * and a feed must not hand out links to an attacker's host. Otherwise: http://localhost:3000.
 */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** "https://tracker.example.org/" → "https://tracker.example.org"; null when it is not an http(s) origin. */
export function normaliseOrigin(raw: string | undefined | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function siteOrigin(settings: { siteUrl?: string | null; trustedHosts?: readonly string[] }, requestUrl?: string | null): string {
  const configured = normaliseOrigin(settings.siteUrl);
  if (configured) return configured;
  const request = normaliseOrigin(requestUrl);
  if (request) {
    const host = new URL(request).hostname;
    if (LOOPBACK.has(host) || (settings.trustedHosts ?? []).includes(host)) return request;
  }
  return DEFAULT_SITE_URL;
}
