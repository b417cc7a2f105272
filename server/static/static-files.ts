/**
 * Static files answered by the production server itself (scripts/serve.ts), before Next.js: `/_next/static/*`,
 * `/assets/*` (our hashed public assets) and `/icon.svg`, from memory, in the encoding the client prefers among those
 * compressed at build time (server/static/precompress.ts) — no compression per request, no router, no proxy.ts.
 * Through Next.js the same chunk was about 5× slower than a raw server (docs/benchmarks.md).
 *
 * Only URLs listed in the build's manifest are answered, by exact match on the path: nothing here turns a request
 * into a file path, so a path with `..`, encoded or not, can only miss and go to Next.js. Anything else (another
 * method, an unknown file) also goes to Next.js unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { etagMatches, negotiateEncoding } from '@/server/cache/cache-policy';
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';
import { MANIFEST, type StaticEntry, type StaticManifest } from './precompress';
import { parseRange } from './range';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** For scripts/serve.ts: the files, or null with one line saying why Next.js will serve them. */
export function loadStaticFiles(appDir: string, distDir: string): StaticFiles | null {
  const { files, reason } = StaticFiles.load(appDir, distDir);
  if (!files) console.warn(`Static files go through Next.js: ${reason}`);
  return files;
}

type Loaded = { entry: StaticEntry; identity: Buffer; br?: Buffer; gzip?: Buffer };

export class StaticFiles {
  private constructor(private readonly files: Map<string, Loaded>) {}

  /**
   * The build's files in memory, or null (with the reason) when the build was not precompressed or the manifest
   * belongs to another build: Next.js then serves them as before, only slower.
   */
  static load(appDir: string, distDir: string): { files: StaticFiles | null; reason?: string } {
    const manifestPath = join(appDir, distDir, MANIFEST);
    if (!existsSync(manifestPath)) return { files: null, reason: `no ${manifestPath} (run npm run build)` };
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as StaticManifest;
    const buildId = readFileSync(join(appDir, distDir, 'BUILD_ID'), 'utf8').trim();
    if (manifest.buildId !== buildId) return { files: null, reason: `${manifestPath} is from another build (run npm run build)` };
    const read = (f?: string) => (f ? readFileSync(join(appDir, f)) : undefined);
    const files = new Map<string, Loaded>();
    for (const entry of manifest.entries) files.set(entry.url, { entry, identity: read(entry.file)!, br: read(entry.br), gzip: read(entry.gzip) });
    return { files: new StaticFiles(files) };
  }

  get size(): number {
    return this.files.size;
  }

  /** Answers the request and returns true, or returns false and leaves it to Next.js. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const file = this.files.get(q < 0 ? url : url.slice(0, q));
    if (!file) return false;
    const { entry } = file;
    const query = q < 0 ? '' : url.slice(q + 1);
    const immutable = entry.immutable || (entry.immutableQuery !== undefined && query === entry.immutableQuery);
    const etags = { identity: `"${entry.hash}"`, br: `"${entry.hash}-br"`, gzip: `"${entry.hash}-gz"` };
    const headers: Record<string, string | number> = {
      ...STATIC_SECURITY_HEADERS,
      // The policy every response carries (proxy.ts), with a nonce of its own: no file here holds a script to allow.
      'Content-Security-Policy': contentSecurityPolicy(newNonce()),
      'Content-Type': entry.type,
      'Cache-Control': immutable ? IMMUTABLE : REVALIDATE,
      'Accept-Ranges': 'bytes',
    };
    if (file.br || file.gzip) headers.Vary = 'Accept-Encoding';

    const range = req.headers.range === undefined ? null : parseRange(req.headers.range, file.identity.length);
    const ifRange = req.headers['if-range'];
    // A range applies to the plain bytes only, and only while If-Range (when sent) still names them.
    if (range !== null && (ifRange === undefined || ifRange === etags.identity)) {
      if (range === 'unsatisfiable') {
        res.writeHead(416, { ...headers, 'Content-Range': `bytes */${file.identity.length}`, 'Content-Length': 0 });
        res.end();
        return true;
      }
      const part = file.identity.subarray(range.start, range.end + 1);
      res.writeHead(206, {
        ...headers,
        ETag: etags.identity,
        'Content-Range': `bytes ${range.start}-${range.end}/${file.identity.length}`,
        'Content-Length': part.length,
      });
      res.end(req.method === 'HEAD' ? undefined : part);
      return true;
    }

    const wanted = negotiateEncoding(req.headers['accept-encoding']);
    const encoding = wanted !== 'identity' && file[wanted] ? wanted : 'identity';
    const body = encoding === 'identity' ? file.identity : file[encoding]!;
    headers.ETag = etags[encoding];
    // The same content in any encoding is "not modified".
    if (Object.values(etags).some((tag) => etagMatches(req.headers['if-none-match'], tag))) {
      delete headers['Content-Type'];
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
}
