import { headers } from 'next/headers';
import { NotFoundForPath } from '@/components/ui/not-found-for-path';

/**
 * Rendered on the server with a 404 for unmatched paths, and for unknown actors and dimensions, which proxy.ts
 * rewrites here: a notFound() thrown by a page gives an empty HTML body in Next.js 16 (vercel/next.js#62228), the
 * message appearing only after JavaScript runs. Reading headers also keeps this page dynamic, so it gets the CSP nonce.
 */
export default async function NotFound() {
  return <NotFoundForPath hint={(await headers()).get('x-not-found')} />;
}
