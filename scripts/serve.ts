/**
 * Production server: Next.js behind a plain Node HTTP server, for one reason. Node accepts methods that the
 * WHATWG Request used by Next.js (and its proxy.ts) refuses to construct — TRACE and TRACK — and Next.js answers them
 * with a 500 before any app code runs. They are answered here with a 405 and the same headers as every response.
 * Everything else goes to Next.js unchanged (proxy.ts then applies the request guard and the CSP).
 *
 * Settings: PORT (default 3000), LISTEN_HOST (default 0.0.0.0; not HOSTNAME, which shells and containers preset); DATABASE_URL etc. are read by the app.
 */
import { createServer } from 'node:http';
import next from 'next';
import { allowedMethods, refusalPage } from '@/lib/http/request-guard';
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';

/** Methods Node parses but the Fetch API forbids (new Request throws), so Next.js cannot handle them. */
const FETCH_FORBIDDEN = new Set(['TRACE', 'TRACK', 'CONNECT']);

const port = Number(process.env.PORT || 3000);
const hostname = process.env.LISTEN_HOST || '0.0.0.0';
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();

void app.prepare().then(() =>
  createServer((req, res) => {
    const method = (req.method ?? '').toUpperCase();
    if (FETCH_FORBIDDEN.has(method)) {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const allow = allowedMethods(path).join(', ');
      res.writeHead(405, {
        ...STATIC_SECURITY_HEADERS,
        'Content-Security-Policy': contentSecurityPolicy(newNonce()),
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        Allow: allow,
      });
      res.end(refusalPage({ status: 405, title: 'Method not allowed', message: `This address answers ${allow} only; ${method} is not accepted.`, allow }));
      return;
    }
    void handle(req, res);
  }).listen(port, hostname, () => console.log(`Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)),
);
