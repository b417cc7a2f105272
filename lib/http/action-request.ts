/**
 * What a server-action request must look like before Next.js runs it. Next.js refuses a foreign Origin, an unknown
 * action or an unreadable body itself — but with a 500 and an error in the log, or runs a form-state action with
 * arguments it cannot use (a hand-made form post), and lets a request without Origin through. The production server
 * (scripts/serve.ts, server/http/action-guard.ts) checks with these rules first and answers 403/400 with a page that
 * says why. Pure: the caller parses headers and body.
 *
 * Our actions are form actions (docs/architecture.md, "Write layer"): `(form)` or `(prev, form)`, the last argument
 * the submitted FormData. Next.js writes how many parameters an action declares into the first byte of its id (bits
 * 1–6 mark the parameters used; vercel/next.js `server-reference-info`), so the shape of a request can be checked
 * against the action it names without running it.
 */

export type ActionRefusal = { status: 400 | 403 | 413; title: string; message: string; unknownAction?: boolean };

/** Next.js's rule for a request that may be a server action (server-action-request-meta). */
export function isPossibleAction(method: string, contentType: string | undefined, actionHeader: string | undefined): boolean {
  if (method !== 'POST') return false;
  return actionHeader !== undefined || /^multipart\/form-data/i.test(contentType ?? '') || /^application\/x-www-form-urlencoded/i.test(contentType ?? '');
}

/** The Origin must name this site: the host the request was sent to, or an origin configured as ours. */
export function checkActionOrigin(origin: string | undefined, host: string | undefined, configuredOrigins: readonly string[]): ActionRefusal | null {
  const refuse = (why: string): ActionRefusal => ({
    status: 403,
    title: 'Refused: this form was not sent from this site',
    message: `${why} Changes are accepted only from forms on this site. Open the page again here and send the form from it.`,
  });
  if (!origin || origin === 'null') return refuse('The request carries no Origin (or "null"), so it cannot be shown to come from this site.');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return refuse('The Origin header is not a web address.');
  }
  if (host && originHost === host) return null;
  if (configuredOrigins.some((o) => o.replace(/\/+$/, '') === origin.replace(/\/+$/, ''))) return null;
  return refuse(`The request comes from ${origin.slice(0, 100)}, another site.`);
}

const ID = /^[0-9a-f]{42}$/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The paths a page of the server-reference manifest answers ("app/editor/review/[id]/page" → /editor/review/<any>):
 * a form posted without JavaScript runs only on a page that has its action (Next.js forwards only fetch actions).
 */
export function workerRoute(worker: string): RegExp {
  const segments = worker
    .replace(/^app\//, '')
    .replace(/\/?page$/, '')
    .split('/')
    .filter((seg) => seg && !/^\(.*\)$/.test(seg) && !seg.startsWith('@'));
  let pattern = '';
  for (const seg of segments) {
    if (/^\[\[\.\.\..+\]\]$/.test(seg)) pattern += '(?:/.*)?';
    else if (/^\[\.\.\..+\]$/.test(seg)) pattern += '/.+';
    else if (/^\[.+\]$/.test(seg)) pattern += '/[^/]+';
    else pattern += `/${escapeRegExp(seg)}`;
  }
  return new RegExp(`^${pattern || '/'}/?$`);
}

/**
 * How many parameters the action declares (0–6), from the info byte of its id; null when Next.js could not see them —
 * an action made by a wrapper (`export const x = deskAction({…})`) is marked as using every parameter and more
 * (byte 0x7f). Such an action is taken to be a form-state action, `(prev, form)`: the desk's wrapper is one.
 */
export function declaredParameters(actionId: string): number | null {
  const info = parseInt(actionId.slice(0, 2), 16);
  if (info & 1) return null;
  const mask = (info >> 1) & 0x3f;
  let count = 0;
  for (let i = 0; i < 6; i++) if ((mask >> (5 - i)) & 1) count = i + 1;
  return count;
}

const bad = (message: string): ActionRefusal => ({ status: 400, title: 'This form could not be read', message });

const unknown = (): ActionRefusal => ({
  status: 400,
  title: 'This form could not be read',
  message:
    'The form names an action this version of the site does not have (perhaps the page is from before an update). Reload the page and send the form again.',
  unknownAction: true,
});

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isFormDataRef = (v: unknown) => typeof v === 'string' && /^\$K[0-9a-f]+$/i.test(v);

/** A fetch action (Next-Action header, sent by the page's JavaScript): a known id, and arguments of the right shape. */
export function checkFetchAction(
  actionId: string,
  knownIds: ReadonlySet<string>,
  body: { multipart: Map<string, string> | null; text: string | null },
): ActionRefusal | null {
  if (!ID.test(actionId) || !knownIds.has(actionId)) return unknown();
  const params = declaredParameters(actionId);
  const root = parseJson(body.multipart ? body.multipart.get('0') : (body.text ?? undefined));
  if (!Array.isArray(root)) return bad('The form data is not in the form the page sends. Reload the page and send the form again.');
  if (params === 0) return null;
  // The form is the last argument (the last declared one, or the last sent when the count is not known), and only a
  // multipart body can carry it.
  const formAt = params === null ? root.length - 1 : params - 1;
  if (!body.multipart || formAt < 0 || !isFormDataRef(root[formAt])) {
    return bad('The request does not carry the form this action expects. Reload the page and send the form again.');
  }
  return null;
}

/**
 * A form posted without JavaScript (multipart, no Next-Action header). React writes either `$ACTION_ID_<id>` (an
 * action called with the form only) or `$ACTION_REF_<n>` with `$ACTION_<n>:0` = {"id", "bound"} and the bound
 * arguments (a form-state action's previous state) in `$ACTION_<n>:<k>`.
 */
export function checkFormPost(fields: Map<string, string>, knownIds: ReadonlySet<string>): ActionRefusal | null {
  const names = [...fields.keys()];
  const plain = names.filter((n) => n.startsWith('$ACTION_ID_'));
  const refs = names.filter((n) => n.startsWith('$ACTION_REF_'));
  if (plain.length + refs.length !== 1) {
    return bad(plain.length + refs.length === 0 ? 'This form post names no action of this site.' : 'This form post names more than one action.');
  }
  if (plain.length === 1) {
    const id = plain[0]!.slice('$ACTION_ID_'.length);
    if (!ID.test(id) || !knownIds.has(id)) return unknown();
    const params = declaredParameters(id);
    if (params === null || params > 1) {
      return bad('This form must be sent from its page, which adds the state the form needs. Open the page again and send the form from it.');
    }
    return null;
  }
  const n = refs[0]!.slice('$ACTION_REF_'.length);
  const ref = parseJson(fields.get(`$ACTION_${n}:0`)) as { id?: unknown; bound?: unknown } | undefined;
  if (!ref || typeof ref !== 'object' || typeof ref.id !== 'string') return bad('The form data is not in the form the page sends.');
  if (!ID.test(ref.id) || !knownIds.has(ref.id)) return unknown();
  const params = declaredParameters(ref.id);
  const boundRef = typeof ref.bound === 'string' ? /^\$@([0-9a-f]+)$/.exec(ref.bound) : null;
  const bound = boundRef ? parseJson(fields.get(`$ACTION_${n}:${parseInt(boundRef[1]!, 16)}`)) : ref.bound === null ? [] : undefined;
  // A form-state action is bound to its previous state; one that takes the form alone to nothing.
  const rightLength = (b: unknown[]) => (params === null ? b.length >= 1 : b.length === Math.max(0, params - 1));
  if (!Array.isArray(bound) || !rightLength(bound)) {
    return bad('This form must be sent from its page, which adds the state the form needs. Open the page again and send the form from it.');
  }
  return null;
}
