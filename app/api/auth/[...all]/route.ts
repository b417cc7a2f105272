import { getAuth } from '@/server/auth/instance';
import { checkOrigin, configuredOrigins } from '@/server/auth/origin';

/**
 * better-auth's HTTP API (session, sign-out, admin endpoints). The desk's own forms use server actions; this stays
 * for completeness and is guarded: a write without this site's Origin is refused before better-auth sees it.
 */
async function handle(request: Request): Promise<Response> {
  const verdict = checkOrigin(request.method, request.headers, configuredOrigins());
  if (!verdict.ok) {
    return Response.json({ message: `Refused: ${verdict.reason}.` }, { status: 403 });
  }
  return getAuth().handler(request);
}

export { handle as GET, handle as POST };
