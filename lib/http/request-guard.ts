/**
 * Requests the app refuses before routing, with the reason shown to the caller. Pure (no Next.js imports).
 *
 * Why: Next.js decodes dynamic segments with decodeURIComponent and answers 500 when that throws (`/actors/%ZZ`,
 * a lone `%`, a cut-off or overlong UTF-8 sequence such as `%E2%82`, `%C0%AF`, `%FF`); and an app route answers a
 * method it does not export (TRACE, PUT, …) with a 500 instead of a 405.
 */

export type Refusal = { status: 400 | 403 | 405 | 413; title: string; message: string; allow?: string };

/** Read-only endpoints: the JSON/CSV API and the Atom feed. */
const READ_ONLY_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;
/** Pages also take POST, which is how Next.js server functions (editor forms) reach them. */
const PAGE_METHODS = ['GET', 'HEAD', 'POST'] as const;

function isReadOnlyEndpoint(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname === '/changes.atom';
}

export function allowedMethods(pathname: string): readonly string[] {
  return isReadOnlyEndpoint(pathname) ? READ_ONLY_METHODS : PAGE_METHODS;
}

/** True when every segment of the (still encoded) path decodes to valid UTF-8 text. */
export function isDecodablePath(rawPathname: string): boolean {
  try {
    for (const segment of rawPathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** The refusal for this request, or null when it may go on to the app. */
export function refuseRequest(method: string, rawPathname: string): Refusal | null {
  if (!isDecodablePath(rawPathname)) {
    return {
      status: 400,
      title: 'This address cannot be read',
      message:
        'The address contains a percent sign that is not followed by a valid encoded character (for example "%ZZ", a lone "%", or an incomplete UTF-8 sequence). Check the link, or start again from the list of actors.',
    };
  }
  const allowed = allowedMethods(rawPathname);
  if (!allowed.includes(method.toUpperCase())) {
    return {
      status: 405,
      title: 'Method not allowed',
      message: `This address answers ${allowed.join(', ')} only; ${method.toUpperCase().slice(0, 20)} is not accepted. The tracker's API and feed are read-only.`,
      allow: allowed.join(', '),
    };
  }
  return null;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A small self-contained page (no script, no inline style) explaining the refusal. */
export function refusalPage(r: Refusal): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(r.title)} · Cyber Due Diligence Tracker</title></head>
<body><main><h1>${escapeHtml(r.title)}</h1><p>${escapeHtml(r.message)}</p>
<p>Error ${r.status}. <a href="/">Home</a> · <a href="/actors">Actors</a> · <a href="/method">Method</a></p></main></body></html>
`;
}
