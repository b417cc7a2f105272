/**
 * Fresh nonces from the page cache, against a running production server (npm run test:reliability): every public page
 * kind is requested four times, compressed and plain; after the first response each comes from the cache, and every
 * response must carry a nonce no other response carried, the same in its CSP header and on every script of its body,
 * with the page otherwise identical. A 304 for a page carrying its nonce must leave out the CSP. Exits 1 on any failure.
 *
 *   BASE_URL=http://127.0.0.1:3101 npx tsx tests/reliability/fresh-nonce.ts
 */
const BASE = process.env.BASE_URL || 'http://127.0.0.1:3101';
const PAGES = [
  '/',
  '/actors',
  '/actors/france',
  '/actors/france/diff',
  '/compare',
  '/compare?group=european-union&asOf=2021-12-31',
  '/compare/evidence?actor=china&dim=knowledge',
  '/dimensions/applicability',
  '/timeline',
  '/changes',
  '/map',
  '/briefing?actors=france,germany',
  '/search?q=sovereignty',
  '/method',
  '/data',
];
// Plain and compressed (fetch decompresses gzip and brotli), twice each.
const ENCODINGS = ['identity', 'gzip, deflate, br', 'identity', 'gzip, deflate, br'];

type Seen = { path: string; nonce: string; encoding: string; cache: string; text: string };

async function main() {
  const failures: string[] = [];
  const nonces = new Map<string, string>();
  let responses = 0;
  for (const path of PAGES) {
    const seen: Seen[] = [];
    for (const accept of ENCODINGS) {
      const res = await fetch(`${BASE}${path}`, { headers: { 'accept-encoding': accept } });
      const text = await res.text();
      responses++;
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
      if (res.status !== 200 || !nonce) {
        failures.push(`${path}: status ${res.status}, nonce ${nonce ?? 'none'}`);
        continue;
      }
      if (nonces.has(nonce)) failures.push(`${path}: nonce ${nonce} already sent for ${nonces.get(nonce)}`);
      nonces.set(nonce, path);
      const onScripts = [...text.matchAll(/<script[^>]* nonce="([^"]*)"/g)].map((m) => m[1]);
      if (onScripts.length === 0 || onScripts.some((n) => n !== nonce))
        failures.push(`${path}: scripts carry ${[...new Set(onScripts)].join(', ')}, header ${nonce}`);
      seen.push({ path, nonce, encoding: res.headers.get('content-encoding') ?? 'identity', cache: res.headers.get('x-cache') ?? '', text });
    }
    if (seen.slice(1).some((s) => s.cache !== 'HIT')) failures.push(`${path}: not served from the cache (${seen.map((s) => s.cache).join(', ')})`);
    const shapes = new Set(seen.map((s) => s.text.split(s.nonce).join('')));
    if (shapes.size > 1) failures.push(`${path}: the responses differ in more than their nonce`);
    for (const s of seen)
      for (const other of seen) if (other !== s && s.text.includes(other.nonce)) failures.push(`${path}: a response carries another's nonce`);
    const etag = (await fetch(`${BASE}${path}`)).headers.get('etag');
    const revalidated = await fetch(`${BASE}${path}`, { headers: { 'if-none-match': etag ?? '' } });
    if (revalidated.status !== 304 || revalidated.headers.get('content-security-policy') !== null) {
      failures.push(`${path}: revalidation gave ${revalidated.status} with CSP ${revalidated.headers.get('content-security-policy') ? 'present' : 'absent'}`);
    }
    const encodings = [...new Set(seen.map((s) => s.encoding))].join('/');
    if (encodings !== 'identity/gzip') failures.push(`${path}: sent as ${encodings}`);
  }
  console.log(
    `fresh-nonce: ${PAGES.length} pages, ${responses} responses (plain and gzip, from the cache after the first): ${nonces.size} distinct nonces; ${failures.length} failures`,
  );
  for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
  if (failures.length > 0 || nonces.size !== responses) process.exitCode = 1;
}

void main();
