/**
 * Production server (`npm start`, `npm run serve`, the browser tests): Next.js behind a plain Node HTTP server, for two
 * reasons.
 * 1. Node accepts methods that the WHATWG Request used by Next.js (and its proxy.ts) refuses to construct — TRACE and
 *    TRACK — and Next.js answers them with a 500 before any app code runs. They are answered here with a 405 and the
 *    same headers as every response.
 * 2. The page cache (server/cache/page-cache.ts): anonymous GETs of public views are answered from stored, compressed
 *    bytes keyed by URL and content version (docs/architecture.md, "Caching and invalidation"). Everything else goes
 *    to Next.js unchanged (proxy.ts then applies the request guard and the CSP). Before it, the build's static files
 *    are answered from memory, compressed at build time (server/static/static-files.ts).
 * 3. Server actions are checked before Next.js runs them (server/http/action-guard.ts): a foreign or missing Origin
 *    is a 403, an unknown action or a malformed body a 400, with a page that says why (Next.js answers 500 and logs).
 * 4. The client's address: X-Forwarded-For is replaced by the one address this server can vouch for — the socket's
 *    peer, or behind a proxy listed in TRUSTED_PROXIES the right-most untrusted forwarded entry
 *    (server/http/client-address.ts). Next.js keeps a client's own header otherwise, and the sign-in rate limit keys on it.
 *
 * Settings: PORT (default 3000), LISTEN_HOST (default 0.0.0.0; not HOSTNAME, which shells and containers preset),
 * PAGE_CACHE_MB (default 64; 0 turns the page cache off), TRUSTED_PROXIES (default none); DATABASE_URL etc. are read by the app.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import next, { type NextConfig } from 'next';
import { env } from '@/db/env';
import { allowedMethods, refusalPage, type Refusal } from '@/lib/http/request-guard';
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';
import { readAsOfDates } from '@/server/cache/as-of-dates';
import { watchContentVersion } from '@/server/cache/content-version';
import { PageCache } from '@/server/cache/page-cache';
import { loadStaticFiles } from '@/server/static/static-files';
import { configuredOrigins } from '@/server/auth/origin';
import { actionBodyLimit, checkActionRequest, readActions } from '@/server/http/action-guard';
import { parseTrustedProxies, trustClientAddress } from '@/server/http/client-address';

/** Methods Node parses but the Fetch API forbids (new Request throws), so Next.js cannot handle them. */
const FETCH_FORBIDDEN = new Set(['TRACE', 'TRACK', 'CONNECT']);

const port = Number(process.env.PORT || 3000);
const hostname = process.env.LISTEN_HOST || '0.0.0.0';
const dir = process.cwd();
const distDir = join(dir, process.env.NEXT_DIST_DIR || '.next');
const nextConfig = createRequire(join(dir, 'package.json'))('./next.config.js') as NextConfig;
// Next.js's own origin must be the one proxy.ts sees, or its not-found rewrite is taken for another site and proxied
// over HTTP to this server (a hop that failed under load with a 500): proxy.ts's URLs name a loopback address
// "localhost" (Next.js's NextURL renames 127.0.0.1 and ::1), so Next.js is told that name too.
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/;
const app = next({ dev: false, dir, hostname: LOOPBACK.test(hostname) ? 'localhost' : hostname, port });
const handle = app.getRequestHandler();
// Parsed before anything listens: a mistyped range stops the server with its name instead of trusting nothing silently.
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);

function pageCache(): PageCache | null {
  const mb = Number(process.env.PAGE_CACHE_MB ?? 64);
  if (!(mb > 0)) return null;
  const buildId = readFileSync(join(distDir, 'BUILD_ID'), 'utf8').trim();
  // A connection of its own that only watches and reads (watchContentVersion: it must never write), also for the as-of
  // templates' dates, once per content version. The file exists: `npm start` and the tests run scripts/ensure-db.ts first.
  const watcher = new Database(env.DATABASE_URL, { readonly: true, fileMustExist: true });
  return new PageCache({
    dataVersion: watchContentVersion(watcher),
    buildId,
    maxBytes: mb * 1024 * 1024,
    asOfDates: () => readAsOfDates(watcher),
  });
}

/** A refusal page with the headers every response carries (proxy.ts sets them for what reaches Next.js). */
function refuse(res: ServerResponse, refusal: Refusal, headers: Record<string, string> = {}): void {
  res.writeHead(refusal.status, {
    ...STATIC_SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(newNonce()),
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(refusal.allow ? { Allow: refusal.allow } : {}),
    ...headers,
  });
  res.end(refusalPage(refusal));
}

void app.prepare().then(() => {
  const cache = pageCache();
  const statics = loadStaticFiles(dir, process.env.NEXT_DIST_DIR || '.next');
  const actions = {
    actions: readActions(distDir),
    configuredOrigins: configuredOrigins(),
    bodyLimit: actionBodyLimit(nextConfig.experimental?.serverActions?.bodySizeLimit),
  };
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    trustClientAddress(req, trustedProxies);
    const method = (req.method ?? '').toUpperCase();
    if (FETCH_FORBIDDEN.has(method)) {
      const allow = allowedMethods((req.url ?? '/').split('?')[0] ?? '/').join(', ');
      return refuse(res, { status: 405, title: 'Method not allowed', message: `This address answers ${allow} only; ${method} is not accepted.`, allow });
    }
    if (statics?.handle(req, res)) return;
    const refusal = await checkActionRequest(req, actions);
    // An unknown action answered with Next.js's marker header, so a page from an older build knows to reload.
    if (refusal) return refuse(res, refusal, refusal.unknownAction ? { 'x-nextjs-action-not-found': '1' } : {});
    await (cache ? cache.handle(req, res, handle) : handle(req, res));
  };
  createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { ...STATIC_SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Internal server error');
    });
  }).listen(port, hostname, () =>
    console.log(
      `Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (page cache ${cache ? `${process.env.PAGE_CACHE_MB ?? 64} MB` : 'off'})`,
    ),
  );
});
