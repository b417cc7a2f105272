import 'server-only';
import { deskPathHref } from '@/lib/url/hrefs';

/**
 * /editor/… → /desk/… with the same query, as a permanent redirect with a relative Location (so it never names
 * another host). A route handler rather than a next.config redirect so the answer goes through proxy.ts and carries
 * the security headers like every other response.
 */
export async function movedToDesk(request: Request, { params }: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  const { path = [] } = await params;
  const location = deskPathHref(path, new URL(request.url).search);
  return new Response(null, { status: 308, headers: { Location: location, 'Cache-Control': 'public, max-age=86400' } });
}
