import 'server-only';

const REASONS: Record<number, string> = {
  400: 'The request could not be read.',
  401: 'Sign in first: this needs a desk session.',
  403: 'Your account may not do this.',
  404: 'No such endpoint of the sign-in API.',
  405: 'This endpoint does not accept this method.',
  429: 'Too many requests. Wait a minute and try again.',
};

/**
 * better-auth answers some refusals with an empty body (an unknown path: a bare 404; a missing session: a bare 401).
 * Every answer under /api/auth gets a JSON body saying what happened, like the rest of the API (`{ "error": … }`);
 * answers that already have a body, and redirects, are passed on unchanged.
 */
export async function withExplainedStatus(response: Response, path: string): Promise<Response> {
  if (response.status < 400) return response;
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  if (text.trim()) return new Response(text, { status: response.status, headers });
  headers.set('content-type', 'application/json; charset=utf-8');
  const error = REASONS[response.status] ?? `The sign-in API refused the request (${response.status}).`;
  return new Response(JSON.stringify({ error, path: path.slice(0, 200) }), { status: response.status, headers });
}
