import { getAuth } from '@/server/auth/instance';
import { checkOrigin, configuredOrigins } from '@/server/auth/origin';
import { withExplainedStatus } from '@/server/auth/api-response';

/**
 * better-auth's HTTP API (session, sign-out, admin endpoints). The desk's own forms use server actions; this stays
 * for completeness and is guarded: a write without this site's Origin is refused before better-auth sees it, and
 * every answer has a body that says what happened (better-auth answers an unknown path with an empty 404).
 */
async function handle(request: Request): Promise<Response> {
  const verdict = checkOrigin(request.method, request.headers, configuredOrigins());
  if (!verdict.ok) {
    return Response.json({ error: `Refused: ${verdict.reason}.` }, { status: 403 });
  }
  return withExplainedStatus(await getAuth().handler(request), new URL(request.url).pathname);
}

export { handle as GET, handle as POST };
