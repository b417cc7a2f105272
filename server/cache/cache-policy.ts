/**
 * Which requests the page cache (scripts/serve.ts) may answer, and under which key. Kept apart from the cache itself so the
 * rules can be read (and tested) in one place. Opt-in by path: a page that is not listed here — editors' pages,
 * sign-in, anything added later — is never cached until someone decides it is public and the same for everyone.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Public read-only views: the same bytes for every anonymous reader at a given data version. */
const PUBLIC_PATHS: readonly RegExp[] = [
  /^\/$/,
  /^\/(?:compare|timeline|changes|actors|dimensions|method|search|briefing|map|data)(?:\/|$)/,
  /^\/changes\.atom$/,
  /^\/api\/v1\//,
];

/**
 * Pages whose as-of date may be written into a checked template instead of rendered (server/cache/as-of-template.ts).
 * Opt-in too: each is a view whose loader compares its date only with the data's dates and today
 * (lib/domain/as-of-class.ts); the templates check the rest.
 */
const AS_OF_TEMPLATED_PATHS: readonly RegExp[] = [/^\/compare$/, /^\/map$/, /^\/api\/v1\/compare$/];

export function isAsOfTemplated(url: string): boolean {
  const path = url.split('?', 1)[0]!;
  return AS_OF_TEMPLATED_PATHS.some((p) => p.test(path));
}

/**
 * Request headers that change what Next.js answers for the same URL: the client router's RSC requests
 * (Next sends `Vary` on these). They are part of the key, so an HTML request never gets a Flight payload.
 */
export const KEYED_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'] as const;

export type CacheableRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

/**
 * The cache key (without the data version), or null when the request must go to Next.js: not a GET or HEAD, not a public
 * path, or a request carrying credentials (any cookie or Authorization: a signed-in reader may see a different page).
 */
export function cacheKeyOf(req: CacheableRequest): string | null {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return null;
  if (req.headers.cookie || req.headers.authorization) return null;
  const path = req.url.split('?', 1)[0]!;
  if (!PUBLIC_PATHS.some((p) => p.test(path))) return null;
  return [req.headers.host ?? '', req.url, ...KEYED_HEADERS.map((h) => String(req.headers[h] ?? ''))].join('\n');
}

/** Hop-by-hop and per-response headers that are recomputed when a stored entry is sent. */
export const UNSTORED_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
]);

/** Only complete, successful, cookie-free responses are stored (a Set-Cookie belongs to one reader). */
export function isStorable(status: number, headers: Record<string, unknown>): boolean {
  return status === 200 && headers['set-cookie'] === undefined;
}

/** Text compresses well; a .docx is already a zip. */
export function isCompressible(contentType: string): boolean {
  return /^(?:text\/|application\/(?:json|xml|atom\+xml|javascript)|text\/x-component)/i.test(contentType);
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best of `offered` the client accepts (q=0 means refused), in the order offered: brotli first by default. */
export function negotiateEncoding(acceptEncoding: string | undefined, offered: readonly Exclude<Encoding, 'identity'>[] = ['br', 'gzip']): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name!, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return offered.find(ok) ?? 'identity';
}

/** Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x"; `*` matches anything. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}
