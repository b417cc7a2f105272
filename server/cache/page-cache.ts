/**
 * The page cache in front of Next.js (used by scripts/serve.ts): each public view is rendered once per URL state and data
 * version, then served as stored, already-compressed bytes — the render, the HTML serialisation and the compression
 * are all skipped on a hit, which is what brings a page close to a static file. Why a byte cache and not only
 * `'use cache'`: docs/architecture.md, "Caching and invalidation".
 *
 * Invalidation is by key: the data version (server/cache/content-version.ts) is part of every key and is checked on every request,
 * so once a publish or an import has committed, the next request misses and renders the new data. Old entries are
 * never served again and age out of the LRU.
 *
 * A miss of a new as-of date is filled rather than rendered when two renders of its as-of class have checked the
 * class's template (server/cache/as-of-template.ts; docs/architecture.md, "As-of templates").
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { newNonce } from '@/lib/http/security-headers';
import { captureResponse } from './capture-response';
import { UNSTORED_HEADERS, cacheKeyOf, etagMatches, isAsOfTemplated, isCompressible, isStorable, negotiateEncoding, type Encoding } from './cache-policy';
import { compressBody, compressOnce, offeredEncodings } from './compress-entry';
import { fillTemplate, findSlots, nonceOfPolicy, type NonceTemplate } from './nonce-template';
import { AsOfTemplates, asOfOfUrl } from './as-of-template';
import { asOfBoundaries, asOfClass } from '@/lib/domain/as-of-class';
import { todayIso } from '@/lib/domain/dates';

export type CachedResponse = {
  status: number;
  headers: [string, string | string[]][];
  etag: string;
  /**
   * The CSP nonce of the render, where it still sits in the stored headers and bodies: every response gets a fresh
   * one written over it (server/cache/nonce-template.ts), the first response included, so it never leaves the server.
   */
  nonce: string | null;
  /** Each encoding is made the first time a client asks for it (ensureEncoding), then kept. */
  bodies: Partial<Record<Encoding, NonceTemplate>> & { identity: NonceTemplate };
  compressible: boolean;
  compressing: Partial<Record<Encoding, Promise<void>>>;
};

export type PageCacheOptions = {
  /** The published-content version, checked on every request (cheap: one PRAGMA, see watchContentVersion). */
  dataVersion: () => string;
  /** Changes with every `next build`, so a new deployment never answers 304 with the old HTML's script names. */
  buildId: string;
  maxBytes?: number;
  /** A single response bigger than this is served but not kept (a scope that large should be paged anyway). */
  maxEntryBytes?: number;
  /**
   * Every date stored in the published content that an as-of view compares its date with (documents' dates and
   * effective dates, memberships' first and last days), read once per data version. Given, a new as-of date of a
   * class already rendered and checked is answered from its template (server/cache/as-of-template.ts).
   */
  asOfDates?: () => Iterable<string>;
};

/** Revalidate on every use: a browser or a proxy may keep the bytes, but asks (cheaply, with the ETag) each time. */
export const CACHE_CONTROL = 'public, max-age=0, must-revalidate';
/** A page carrying its nonce: the reader's browser may keep it, a shared proxy may not (it would replay the nonce). */
export const NONCED_CACHE_CONTROL = 'private, max-age=0, must-revalidate';

const WAIT_FOR_RENDER_MS = 30_000;

type Render = (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | unknown;

export class PageCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  /** Concurrent misses for one key wait for a single render instead of rendering the page sixteen times. */
  private readonly inFlight = new Map<string, Promise<CachedResponse | null>>();
  private readonly maxEntryBytes: number;
  /** A quarter of maxBytes on top of it: templates of as-of families (null without options.asOfDates). */
  private readonly templates: AsOfTemplates | null;
  private boundaries: { version: string; today: string; dates: string[] } | null = null;
  readonly stats = { hits: 0, misses: 0, fills: 0, bypasses: 0, notModified: 0 };

  constructor(private readonly options: PageCacheOptions) {
    this.maxEntryBytes = options.maxEntryBytes ?? 16 * 1024 * 1024;
    const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      sizeCalculation: (e) => Object.values(e.bodies).reduce((n, b) => n + (b?.bytes.length ?? 0), 0) + 512,
    });
    this.templates = options.asOfDates ? new AsOfTemplates(Math.floor(maxBytes / 4)) : null;
  }

  /** Bytes held (every stored encoding of every entry), as the LRU counts them against maxBytes. */
  get bytes(): number {
    return this.entries.calculatedSize;
  }

  /** Answers from the cache, or lets Next.js render (storing the result when it is public and successful). */
  async handle(req: IncomingMessage, res: ServerResponse, render: Render): Promise<void> {
    const key = cacheKeyOf(req);
    if (key === null) {
      this.stats.bypasses++;
      await render(req, res);
      return;
    }
    const versionedKey = `${this.options.dataVersion()}\n${key}`;
    const hit = this.entries.get(versionedKey);
    if (req.method === 'HEAD' && !hit) {
      // A HEAD is answered from a stored GET when there is one; it never fills the cache.
      this.stats.bypasses++;
      await render(req, res);
      return;
    }
    if (hit) {
      this.stats.hits++;
      await this.ensureEncoding(hit, req, versionedKey);
      this.send(req, res, hit, 'HIT');
      return;
    }
    const pending = this.inFlight.get(versionedKey);
    if (pending) {
      // Bounded: a render that never ends (a hung client stream) must not hold every later reader of this page.
      const shared = await Promise.race([pending, new Promise<null>((r) => setTimeout(r, WAIT_FOR_RENDER_MS, null).unref())]);
      if (shared) {
        this.stats.hits++;
        await this.ensureEncoding(shared, req, versionedKey);
        this.send(req, res, shared, 'HIT');
        return;
      }
      // The first render was not storable (an error, a cookie): this request renders for itself.
      await render(req, res);
      return;
    }
    const family = this.asOfFamily(req, versionedKey);
    const filled = family && this.templates?.fill(family.key, family.date, newNonce);
    if (filled) {
      // A new as-of date of a checked class: the page is written into its template instead of rendered.
      this.stats.fills++;
      const entry = this.entryOf(filled.status, filled.headers, filled.body, filled.nonce, versionedKey);
      if (entry.bodies.identity.bytes.length <= this.maxEntryBytes) this.entries.set(versionedKey, entry);
      await this.sendFirst(req, res, entry, 'FILL', versionedKey);
      return;
    }
    this.stats.misses++;
    const rendering = this.renderToEntry(req, res, render, versionedKey);
    this.inFlight.set(versionedKey, rendering);
    try {
      const entry = await rendering;
      if (entry && entry.bodies.identity.bytes.length <= this.maxEntryBytes) this.entries.set(versionedKey, entry);
      if (entry && family) {
        const { status, headers, nonce } = entry;
        this.templates?.learn(family.key, family.date, { status, headers, nonce, body: entry.bodies.identity.bytes });
      }
    } finally {
      this.inFlight.delete(versionedKey);
    }
  }

  /**
   * The as-of family of a request (its key with the date taken out, and the date's class), or null: not a page
   * answered from as-of templates (cache-policy.ts), no plain `asOf` date, or a date that is a boundary itself.
   */
  private asOfFamily(req: IncomingMessage, versionedKey: string): { key: string; date: string } | null {
    if (!this.templates || !this.options.asOfDates || req.method !== 'GET' || !req.url || !isAsOfTemplated(req.url)) return null;
    const found = asOfOfUrl(req.url);
    if (!found) return null;
    const version = versionedKey.split('\n', 1)[0]!;
    const today = todayIso();
    if (this.boundaries?.version !== version || this.boundaries.today !== today) {
      const dates = asOfBoundaries(this.options.asOfDates(), today);
      // The dates must be the version's: read between two checks that saw no publish.
      if (this.options.dataVersion() !== version) return null;
      this.boundaries = { version, today, dates };
    }
    const asOfClassKey = asOfClass(found.date, this.boundaries.dates);
    if (asOfClassKey === null) return null;
    // The request's own key with its URL replaced by the family's: host and RSC headers stay part of it.
    const key = versionedKey.replace(`\n${req.url}\n`, `\n${found.family}\n`);
    return { key: `${key}\n${asOfClassKey}`, date: found.date };
  }

  private async renderToEntry(req: IncomingMessage, res: ServerResponse, render: Render, versionedKey: string): Promise<CachedResponse | null> {
    const acceptEncoding = req.headers['accept-encoding'];
    // Next.js would otherwise compress for this one client; the cache wants the plain bytes and compresses them once.
    delete req.headers['accept-encoding'];
    const captured = captureResponse(res);
    // Not awaited before the capture: Next.js may wait for the response's 'finish' (route handlers pipe into it),
    // which only comes once the cache has sent the bytes itself.
    const rendered = Promise.resolve(render(req, res));
    rendered.catch(() => {});
    const { status, body } = await captured;
    req.headers['accept-encoding'] = acceptEncoding;
    const headers = res.getHeaders();
    const storable = isStorable(status, headers);
    const entry = this.toEntry(status, headers, body, storable ? versionedKey : null);
    await this.sendFirst(req, res, entry, storable ? 'MISS' : 'BYPASS', null);
    await rendered;
    return storable ? entry : null;
  }

  private toEntry(status: number, headers: Record<string, unknown>, body: Buffer, versionedKey: string | null): CachedResponse {
    const kept: [string, string | string[]][] = [];
    let vary = '';
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || UNSTORED_HEADERS.has(name)) continue;
      if (name === 'vary') vary = String(value);
      else kept.push([name, Array.isArray(value) ? value.map(String) : String(value)]);
    }
    const varied = vary
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (!varied.some((v) => v.toLowerCase() === 'accept-encoding')) varied.push('Accept-Encoding');
    kept.push(['vary', varied.join(', ')]);
    return this.entryOf(status, kept, body, nonceOfPolicy(headers['content-security-policy']), versionedKey);
  }

  /** An entry from the headers it keeps (as toEntry keeps them, or as an as-of template wrote them). */
  private entryOf(status: number, kept: [string, string | string[]][], body: Buffer, nonce: string | null, versionedKey: string | null): CachedResponse {
    const contentType = kept.find(([name]) => name === 'content-type')?.[1];
    const compressible = body.length >= 1024 && isCompressible(String(contentType ?? ''));
    // The visible part is the content counter; the digest covers the whole key (version with its timestamp, URL,
    // RSC headers) and the build, so a new deployment or a database set up anew never matches an old ETag.
    const version = versionedKey ? versionedKey.split('\n', 1)[0]!.split('.', 1)[0]! : 'none';
    const digest = createHash('sha1')
      .update(`${this.options.buildId}\n${versionedKey ?? body.toString('base64')}`)
      .digest('base64url')
      .slice(0, 16);
    const identity = { bytes: body, slots: nonce ? findSlots(body, Buffer.from(nonce)) : [] };
    return { status, headers: kept, etag: `W/"${version}-${digest}"`, nonce, bodies: { identity }, compressible, compressing: {} };
  }

  /**
   * Makes the encoding this request wants, once per entry, off the main thread. A miss compresses only for the client
   * that asked (browsers ask for brotli): compressing every miss in both encodings was about 40 % of the CPU of a
   * /compare miss (docs/benchmarks.md); gzip is made when a client without brotli asks, or for a page carrying its
   * nonce (server/cache/compress-entry.ts). A compression that fails leaves the page uncompressed, never a 500.
   */
  private async ensureEncoding(entry: CachedResponse, req: IncomingMessage, versionedKey: string | null): Promise<void> {
    const encoding = this.encodingFor(entry, req);
    if (encoding === 'identity' || entry.bodies[encoding]) return;
    let pending = entry.compressing[encoding];
    if (!pending) {
      pending = compressBody(encoding, entry.bodies.identity, entry.nonce === null ? null : Buffer.from(entry.nonce))
        .catch(() => null)
        .then((made) => {
          if (made) entry.bodies[encoding] = made;
          else entry.compressible = false;
          delete entry.compressing[encoding];
          // The entry grew: store it again (a new object sharing the same bodies: the LRU only re-measures a new value),
          // if it is still the stored one.
          if (versionedKey && this.entries.peek(versionedKey) === entry) this.entries.set(versionedKey, { ...entry });
        });
      entry.compressing[encoding] = pending;
    }
    await pending;
  }

  private encodingFor(entry: CachedResponse, req: IncomingMessage): Encoding {
    return entry.compressible ? negotiateEncoding(req.headers['accept-encoding'], offeredEncodings(entry.bodies.identity)) : 'identity';
  }

  /**
   * The response that made an entry (a render or a fill). A page carrying its nonce is compressed for this response
   * alone, in the encoding the client prefers, with a fresh nonce already in it: making its gzip template (the one
   * form a nonce can be rewritten in) costs several times a plain compression (docs/benchmarks.md), so it is made
   * when a second reader asks for the page, and a URL asked for once never pays for it. Other pages are compressed
   * and kept as on a hit.
   */
  private async sendFirst(
    req: IncomingMessage,
    res: ServerResponse,
    entry: CachedResponse,
    outcome: 'MISS' | 'FILL' | 'BYPASS',
    versionedKey: string | null,
  ): Promise<void> {
    const identity = entry.bodies.identity;
    const encoding = entry.compressible ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
    if (entry.nonce === null || identity.slots.length === 0 || encoding === 'identity') {
      await this.ensureEncoding(entry, req, versionedKey);
      return this.send(req, res, entry, outcome);
    }
    const fresh = newNonce();
    const body = fillTemplate(identity, Buffer.from(entry.nonce), Buffer.from(fresh));
    const bytes = await compressOnce(encoding, body).catch(() => null);
    this.send(req, res, entry, outcome, bytes ? { encoding, bytes, nonce: fresh } : undefined);
  }

  private send(
    req: IncomingMessage,
    res: ServerResponse,
    entry: CachedResponse,
    outcome: 'HIT' | 'MISS' | 'FILL' | 'BYPASS',
    /** This response's own bytes, already holding `nonce` (sendFirst). */
    own?: { encoding: Exclude<Encoding, 'identity'>; bytes: Buffer; nonce: string },
  ): void {
    if (res.headersSent) return;
    const stored = entry.nonce;
    const fresh = stored === null ? null : (own?.nonce ?? newNonce());
    const nonced = entry.bodies.identity.slots.length > 0;
    // Stored headers replace whatever Next.js set on this response (they are the same headers, from the render), with
    // this response's nonce in the CSP.
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    for (const [name, value] of entry.headers) res.setHeader(name, stored === null || fresh === null ? value : replaceAll(value, stored, fresh));
    res.setHeader('x-cache', outcome);
    if (outcome === 'BYPASS') {
      // Not stored: tell proxies not to keep it either.
      res.setHeader('cache-control', 'private, no-store');
    } else {
      res.setHeader('etag', entry.etag);
      res.setHeader('cache-control', nonced ? NONCED_CACHE_CONTROL : CACHE_CONTROL);
      if (etagMatches(req.headers['if-none-match'], entry.etag)) {
        this.stats.notModified++;
        for (const name of ['content-type', 'content-disposition', 'content-length']) res.removeHeader(name);
        // The browser keeps the copy it has, whose scripts carry the nonce it was sent with; a 304's headers replace
        // the stored ones (RFC 9111 §4.3.4), so a new CSP here would block that copy's scripts. It keeps its own CSP.
        if (nonced) res.removeHeader('content-security-policy');
        res.writeHead(304);
        res.end();
        return;
      }
    }
    if (own) {
      res.setHeader('content-encoding', own.encoding);
      res.setHeader('content-length', own.bytes.length);
      res.writeHead(entry.status);
      res.end(req.method === 'HEAD' ? undefined : own.bytes);
      return;
    }
    const encoding = this.encodingFor(entry, req);
    const template = entry.bodies[encoding] ?? entry.bodies.identity;
    if (template !== entry.bodies.identity) res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', template.bytes.length);
    res.writeHead(entry.status);
    if (req.method === 'HEAD') res.end();
    else res.end(stored === null || fresh === null ? template.bytes : fillTemplate(template, Buffer.from(stored), Buffer.from(fresh)));
  }
}

function replaceAll(value: string | string[], from: string, to: string): string | string[] {
  return Array.isArray(value) ? value.map((v) => v.split(from).join(to)) : value.split(from).join(to);
}
