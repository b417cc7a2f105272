/**
 * URL fuzzing against a running production server (BASE_URL, default http://127.0.0.1:3205): ≥ 1,000 generated
 * requests over every route — bad percent-escapes, overlong values, control bytes, SQL and FTS syntax, impossible
 * dates, repeated (array) parameters, unknown slugs, odd methods. Passes when no response is a 5xx and no request
 * fails at the connection. Fixed random seed (FUZZ_SEED), so a failure reproduces; FUZZ_REQUESTS sets the count.
 *
 *   BASE_URL=http://127.0.0.1:3205 npx tsx tests/reliability/url-fuzz.ts
 */
import { request as httpRequest } from 'node:http';
import { rng } from './random';

const BASE = new URL(process.env.BASE_URL || 'http://127.0.0.1:3205');
const SEED = Number(process.env.FUZZ_SEED || 11);
const COUNT = Number(process.env.FUZZ_REQUESTS || 1200);
const CONCURRENCY = 4;
const r = rng(SEED);

const SLUGS = ['france', 'denmark', 'european-union', 'china', 'united-states', 'un-gge'];
const DIMENSIONS = ['applicability', 'knowledge', 'threshold', 'prevention', 'remedies'];
const DOCS = ['france-2019-09-09-position-paper', 'china-2021-other'];

const HOSTILE = [
  '%ZZ',
  '%',
  '%E2%82',
  '%C0%AF',
  '%FF',
  '%C3%28',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%00',
  '%0D%0ASet-Cookie:%20x=1',
  '%1B[31m',
  '%7F',
  "'%20OR%201=1--",
  '1;DROP%20TABLE%20actors',
  '%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  'NEAR(a%20b)',
  '%22unterminated',
  'a*',
  '*',
  'AND%20OR%20NOT',
  '-',
  '^',
  '{}',
  '%5B%5D',
  'x'.repeat(5000),
  '%F0%9F%92%A9',
  'caf%C3%A9',
  '\xff',
  '\xe9',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '9'.repeat(40),
  'true',
  '__proto__',
  'constructor',
];
const DATES = [
  '2021-02-30',
  '2021-13-01',
  '0000-00-00',
  '9999-12-31',
  '-2021-01-01',
  '2021-1-1',
  '20210101',
  '2021-02-29',
  '1900-02-29',
  '2020-02-29',
  'yesterday',
  '',
];
const PARAMS = [
  'asOf',
  'actors',
  'actor',
  'dims',
  'dim',
  'kind',
  'region',
  'group',
  'value',
  'minConfidence',
  'sort',
  'cell',
  'from',
  'to',
  'page',
  'q',
  'format',
  'show',
  'experts',
  'title',
  'purpose',
  'members',
];

const segment = () => (r.next() < 0.4 ? r.pick(HOSTILE) : r.next() < 0.5 ? r.pick(SLUGS) : `unknown-${r.int(1e6)}`);
const value = (): string => {
  const x = r.next();
  if (x < 0.3) return r.pick(HOSTILE);
  if (x < 0.5) return r.pick(DATES);
  if (x < 0.65) return Array.from({ length: 1 + r.int(4) }, () => r.pick([...SLUGS, ...DIMENSIONS, 'atlantis'])).join(',');
  if (x < 0.75) return r.pick(['csv', 'json', 'md', 'docx', 'xml', 'CSV']);
  if (x < 0.85) return r.pick(DOCS);
  return encodeURIComponent(r.pick(['due diligence', 'sovereignty', '"due" OR "diligence"', 'a NEAR b', 'title:x', '(((', ')', 'ü', '日本']));
};
const query = (): string => {
  const n = r.int(5);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const key = r.next() < 0.9 ? r.pick(PARAMS) : r.pick(HOSTILE);
    const times = r.next() < 0.2 ? 2 + r.int(3) : 1; // repeated parameters arrive as arrays
    for (let t = 0; t < times; t++) parts.push(`${r.next() < 0.05 ? `${key}[]` : key}=${value()}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
};

const ROUTES: (() => string)[] = [
  () => '/',
  () => '/actors',
  () => `/actors/${segment()}`,
  () => `/actors/${segment()}/diff`,
  () => '/compare',
  () => '/compare/evidence',
  () => `/dimensions/${r.next() < 0.5 ? r.pick(DIMENSIONS) : segment()}`,
  () => '/timeline',
  () => '/changes',
  () => '/changes.atom',
  () => '/briefing',
  () => '/search',
  () => '/method',
  () => '/api/v1/compare',
  () => `/api/v1/dimensions/${r.next() < 0.5 ? r.pick(DIMENSIONS) : segment()}`,
  () => '/api/v1/briefing',
  () => `/${segment()}`,
  () => `/_next/static/${segment()}`,
];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'];

type Result = { method: string; path: string; status: number | string };

function send(method: string, path: string): Promise<Result> {
  return new Promise((resolve) => {
    let req;
    try {
      req = httpRequest({ host: BASE.hostname, port: BASE.port, method, path, headers: { accept: 'text/html,*/*' }, timeout: 30_000 }, (res) => {
        res.resume();
        res.on('end', () => resolve({ method, path, status: res.statusCode ?? 0 }));
      });
    } catch (e) {
      // Node refuses to send it (e.g. an unescaped character): not a request the server ever sees.
      return resolve({ method, path, status: `not sent: ${(e as Error).message}` });
    }
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ method, path, status: `error: ${e.message}` }));
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') req.write('x=1');
    req.end();
  });
}

async function main() {
  const plan = Array.from({ length: COUNT }, () => {
    const method = r.next() < 0.8 ? 'GET' : r.pick(METHODS);
    return { method, path: `${r.pick(ROUTES)()}${query()}` };
  });
  const results: Result[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < plan.length) {
        const { method, path } = plan[next++]!;
        results.push(await send(method, path));
      }
    }),
  );
  const byStatus = new Map<string, number>();
  for (const res of results) byStatus.set(String(res.status).split(':')[0]!, (byStatus.get(String(res.status).split(':')[0]!) ?? 0) + 1);
  const failures = results.filter((x) => (typeof x.status !== 'number' ? !String(x.status).startsWith('not sent') : x.status >= 500));
  const sent = results.filter((x) => !String(x.status).startsWith('not sent')).length;
  console.log(
    `url-fuzz: seed ${SEED}, ${results.length} generated, ${sent} sent to ${BASE.origin}; statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}; ${failures.length} × 5xx or connection errors`,
  );
  for (const f of failures.slice(0, 20)) console.log(`  ${f.status} ${f.method} ${f.path.slice(0, 200)}`);
  if (sent < 1000 || failures.length > 0) process.exitCode = 1;
}

void main();
