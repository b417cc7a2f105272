import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/db/env';
import { siteOrigin } from '@/lib/url/site-url';

/** The public origin for absolute links: SITE_URL, else the request's own origin if its host is trusted. */
export function originFor(requestUrl: string | null): string {
  return siteOrigin({ siteUrl: env.SITE_URL, trustedHosts: env.TRUSTED_HOSTS }, requestUrl);
}

/** The same, for a page (which has no Request object): the origin the request's Host header names. */
export async function pageOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('host');
  return originFor(host ? `${h.get('x-forwarded-proto') === 'https' ? 'https' : 'http'}://${host}` : null);
}
