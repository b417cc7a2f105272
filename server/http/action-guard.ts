/**
 * The production server's check of server-action requests before Next.js sees them (scripts/serve.ts): a foreign,
 * `null` or missing Origin is a 403, an unknown action or a body that is not what our forms send is a 400, a body over
 * the action size limit a 413 — each with a page that says why and no error in the log. Next.js would answer most of
 * them with a 500 and a logged error (docs/reliability.md, "Refusals"). Rules: lib/http/action-request.ts.
 *
 * The body is read here (up to the limit) and then handed on: the request's stream methods are replaced by a stream
 * over the bytes read, as Next.js itself does when its proxy has read a body (body-streams.ts, replaceRequestBody).
 *
 * No `server-only`: the production server imports this outside the React server bundle.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { checkActionOrigin, checkFetchAction, checkFormPost, isPossibleAction, workerRoute, type ActionRefusal } from '@/lib/http/action-request';

/** Next.js's default `serverActions.bodySizeLimit`. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * The action body limit Next.js applies: `experimental.serverActions.bodySizeLimit` from next.config.js (bytes, or
 * "500kb" / "2mb"), else its default of 1 MB. Read once by the production server, so the check here and Next.js agree.
 */
export function actionBodyLimit(configured: unknown): number {
  if (typeof configured === 'number' && configured > 0) return configured;
  const m = typeof configured === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(configured) : null;
  if (!m) return ACTION_BODY_LIMIT;
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'];
  return Math.floor(Number(m[1]) * unit);
}

export type ActionTable = { ids: ReadonlySet<string>; routes: ReadonlyMap<string, readonly RegExp[]> };

/**
 * Every action of this build and the pages that have it (`.next/server/server-reference-manifest.json`, the Node.js
 * runtime's actions).
 */
export function readActions(distDir: string): ActionTable {
  const routes = new Map<string, RegExp[]>();
  try {
    const manifest = JSON.parse(readFileSync(join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
      node?: Record<string, { workers?: Record<string, unknown> }>;
    };
    for (const [id, entry] of Object.entries(manifest.node ?? {})) routes.set(id, Object.keys(entry.workers ?? {}).map(workerRoute));
  } catch {
    // No manifest (no actions in this build): every action request is unknown.
  }
  return { ids: new Set(routes.keys()), routes };
}

/** The actions a form posted to this path can run (Next.js forwards only JavaScript calls to another page). */
function actionsOn(path: string, table: ActionTable): Set<string> {
  return new Set([...table.routes].filter(([, patterns]) => patterns.some((p) => p.test(path))).map(([id]) => id));
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Reads the whole body, or stops at `limit` bytes ('too large'); a client that goes away mid-body is 'aborted'. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
    req.on('aborted', () => resolve('aborted'));
  });
}

/** Lets Next.js read `body` from `req` as if nobody had read it before. */
function replayBody(req: IncomingMessage, body: Buffer): void {
  const replay = new PassThrough();
  replay.end(body);
  const target = req as unknown as Record<string, unknown>;
  for (const key in replay) {
    const value = (replay as unknown as Record<string, unknown>)[key];
    target[key] = typeof value === 'function' ? value.bind(replay) : value;
  }
}

async function formFields(contentType: string, body: Buffer): Promise<Map<string, string> | null> {
  try {
    const form = await new Request('http://action.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Blob([new Uint8Array(body)]),
    }).formData();
    const fields = new Map<string, string>();
    for (const [name, value] of form.entries()) if (typeof value === 'string') fields.set(name, value);
    return fields;
  } catch {
    return null;
  }
}

export type ActionGuardOptions = { actions: ActionTable; configuredOrigins: readonly string[]; bodyLimit?: number };

/**
 * The refusal for this request, or null when it may go on to Next.js (its body, if read, replayed). Only possible
 * server actions (POST with a Next-Action header, a multipart or a urlencoded body) to pages are checked; the API's
 * POSTs are refused by proxy.ts.
 */
export async function checkActionRequest(req: IncomingMessage, options: ActionGuardOptions): Promise<ActionRefusal | null> {
  const method = (req.method ?? '').toUpperCase();
  const contentType = header(req, 'content-type') ?? '';
  const actionId = header(req, 'next-action');
  if (!isPossibleAction(method, contentType, actionId) || (req.url ?? '').startsWith('/api/')) return null;
  const origin = checkActionOrigin(header(req, 'origin'), header(req, 'x-forwarded-host') ?? header(req, 'host'), options.configuredOrigins);
  if (origin) return origin;
  const multipart = /^multipart\/form-data/i.test(contentType);
  // A urlencoded post without Next-Action is not an action for Next.js (it renders the page): nothing to read.
  if (actionId === undefined && !multipart) return null;
  const body = await readBody(req, options.bodyLimit ?? ACTION_BODY_LIMIT);
  if (body === 'too large') {
    return {
      status: 413,
      title: 'This form is too large',
      message: `A form may send at most ${Math.round((options.bodyLimit ?? ACTION_BODY_LIMIT) / 1024)} KB.`,
    };
  }
  if (body === 'aborted') return { status: 400, title: 'This form could not be read', message: 'The form was not received completely.' };
  const fields = multipart ? await formFields(contentType, body) : null;
  if (multipart && fields === null) {
    return { status: 400, title: 'This form could not be read', message: 'The form data is not valid multipart/form-data.' };
  }
  const refusal =
    actionId !== undefined
      ? checkFetchAction(actionId, options.actions.ids, { multipart: fields, text: multipart ? null : body.toString('utf8') })
      : checkFormPost(fields!, actionsOn((req.url ?? '/').split('?', 1)[0]!, options.actions));
  if (!refusal) replayBody(req, body);
  return refusal;
}
