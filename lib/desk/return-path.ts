import { deskHref } from '@/lib/url/hrefs';

/** Where to go after signing in: only a path on this site (no "//host" or scheme), defaulting to the desk. */
export function safeReturnPath(raw: unknown, fallback = deskHref()): string {
  if (typeof raw !== 'string' || raw.length > 500) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || /[\u0000-\u001f]/.test(raw)) return fallback;
  return raw;
}
