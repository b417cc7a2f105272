/**
 * As-of templates: a page cache miss for a new as-of date, answered without a render when the date's as-of class
 * (lib/domain/as-of-class.ts) has already been rendered and checked (server/cache/page-cache.ts; docs/architecture.md,
 * "As-of templates").
 *
 * Every new as-of date is a new URL, but dates between the same two boundaries show the same positions: the pages
 * differ only where they write the date (`2023-05-02` in links and fields, `2 May 2023` in prose) and in the CSP nonce.
 * So a render is cut at those places into a template — the bytes between, and which form goes in each slot — and a
 * later date of the class is written into it.
 *
 * Nothing is assumed; it is checked. A family (one URL but for its date, one class, one content version) gets its
 * template only when two renders of two of its dates cut into identical templates — status, headers and every byte
 * between the slots — and their prose dates differ in length, so a length written anywhere in the page (a Flight text
 * row's byte count) would have differed too. Any difference marks the family unfit and its dates keep rendering. A
 * date also found where the page does not mean the as-of date (a document dated that day) makes the two cuts differ,
 * so it is caught the same way.
 */
import { LRUCache } from 'lru-cache';
import { formatPartialDate, parseIsoDay } from '@/lib/domain/dates';

/** What goes in a slot: the as-of date as written in URLs and fields, in prose, or the response's CSP nonce. */
type Slot = 0 | 1 | 2;
const ISO: Slot = 0;
const PROSE: Slot = 1;
const NONCE: Slot = 2;

/** Stand-ins for the slots in header values (private-use characters: no header Next.js writes holds them). */
const HEADER_MARKS = ['\uE000', '\uE001', '\uE002'] as const;

export type RenderedPage = { status: number; headers: [string, string | string[]][]; body: Buffer; nonce: string | null };

type Template = {
  status: number;
  headers: [string, string | string[]][];
  /**
   * The render it was cut from, and where each segment between the slots starts and ends in it: offsets rather than a
   * Buffer view per segment, since a page has over a thousand slots and every view is a heap object the GC must trace.
   */
  body: Buffer;
  starts: Uint32Array;
  ends: Uint32Array;
  slots: Uint8Array;
  /** The byte length of the prose date it was cut with (a check needs two different lengths). */
  proseBytes: number;
  bytes: number;
};

type Family = { state: 'candidate' | 'checked'; cut: Template } | { state: 'unfit'; bytes: number };

/**
 * The as-of date of a URL and its family (the URL with the date taken out), or null unless the query names `asOf`
 * exactly once, literally, as a real day written YYYY-MM-DD (any other spelling goes to a render).
 */
export function asOfOfUrl(url: string): { date: string; family: string } | null {
  const q = url.indexOf('?');
  if (q < 0) return null;
  const query = url.slice(q + 1);
  const pairs = query.split('&');
  let at = -1;
  for (const [i, pair] of pairs.entries()) {
    const name = pair.split('=', 1)[0]!;
    let decoded: string;
    try {
      decoded = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      return null;
    }
    if (decoded !== 'asOf') continue;
    if (at >= 0 || name !== 'asOf') return null;
    at = i;
  }
  if (at < 0) return null;
  const date = pairs[at]!.slice('asOf='.length);
  if (parseIsoDay(date) !== date || date.length !== 10) return null;
  pairs[at] = 'asOf=*';
  return { date, family: `${url.slice(0, q)}?${pairs.join('&')}` };
}

function formsOf(date: string, nonce: string | null): [Buffer, Buffer, Buffer | null] {
  return [Buffer.from(date), Buffer.from(formatPartialDate(date)), nonce ? Buffer.from(nonce) : null];
}

function positionsOf(body: Buffer, needle: Buffer, slot: Slot, into: [number, Slot][]): void {
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length)) into.push([at, slot]);
}

function cutHeader(value: string, marks: readonly [string, string][]): string {
  let out = value;
  for (const [text, mark] of marks) out = out.split(text).join(mark);
  return out;
}

/** The page cut at every place it writes `date` (both forms) and `nonce`. */
export function cutPage(page: RenderedPage, date: string): Template {
  const forms = formsOf(date, page.nonce);
  const found: [number, Slot][] = [];
  forms.forEach((needle, slot) => needle && positionsOf(page.body, needle, slot as Slot, found));
  found.sort((a, b) => a[0] - b[0]);
  const starts = new Uint32Array(found.length + 1);
  const ends = new Uint32Array(found.length + 1);
  const slots = new Uint8Array(found.length);
  let from = 0;
  for (const [i, [at, slot]] of found.entries()) {
    // Overlapping finds cannot happen between these forms (a nonce has no '-' or space); if they did, the cut would
    // not reproduce the page, so it is made unusable.
    if (at < from) return { ...unusable(page), proseBytes: forms[1].length };
    starts[i] = from;
    ends[i] = at;
    slots[i] = slot;
    from = at + forms[slot]!.length;
  }
  starts[found.length] = from;
  ends[found.length] = page.body.length;
  const marks: [string, string][] = [
    [date, HEADER_MARKS[ISO]],
    [formatPartialDate(date), HEADER_MARKS[PROSE]],
  ];
  if (page.nonce) marks.push([page.nonce, HEADER_MARKS[NONCE]]);
  const headers = page.headers.map(([name, value]): [string, string | string[]] => [
    name,
    Array.isArray(value) ? value.map((v) => cutHeader(v, marks)) : cutHeader(value, marks),
  ]);
  return { status: page.status, headers, body: page.body, starts, ends, slots, proseBytes: forms[1].length, bytes: page.body.length };
}

function unusable(page: RenderedPage): Omit<Template, 'proseBytes'> {
  const whole = Uint32Array.of(page.body.length);
  return { status: -1, headers: [], body: page.body, starts: Uint32Array.of(0), ends: whole, slots: new Uint8Array(0), bytes: page.body.length };
}

function hasProse(t: Template): boolean {
  return t.slots.includes(PROSE) || t.headers.some(([, v]) => String(v).includes(HEADER_MARKS[PROSE]));
}

/** Two cuts are the same template: same status, headers, slots and bytes between them. */
export function sameTemplate(a: Template, b: Template): boolean {
  if (a.status !== b.status || a.status < 0 || a.slots.length !== b.slots.length) return false;
  if (JSON.stringify(a.headers) !== JSON.stringify(b.headers)) return false;
  for (let i = 0; i < a.slots.length; i++) if (a.slots[i] !== b.slots[i]) return false;
  for (let i = 0; i < a.starts.length; i++) {
    if (a.ends[i]! - a.starts[i]! !== b.ends[i]! - b.starts[i]!) return false;
    if (a.body.compare(b.body, b.starts[i], b.ends[i], a.starts[i], a.ends[i]) !== 0) return false;
  }
  return true;
}

/** The page of `date` with `nonce`, written into a template. */
export function fillTemplate(t: Template, date: string, nonce: string): RenderedPage {
  const forms = formsOf(date, nonce);
  let length = 0;
  for (let i = 0; i < t.starts.length; i++) length += t.ends[i]! - t.starts[i]!;
  for (let i = 0; i < t.slots.length; i++) length += forms[t.slots[i]!]!.length;
  // One allocation and a copy per piece: Buffer.concat of the pieces would first make a view of each.
  const body = Buffer.allocUnsafe(length);
  let at = 0;
  for (let i = 0; i < t.slots.length; i++) {
    at += t.body.copy(body, at, t.starts[i], t.ends[i]);
    at += forms[t.slots[i]!]!.copy(body, at);
  }
  t.body.copy(body, at, t.starts[t.slots.length], t.ends[t.slots.length]);
  const values: readonly string[] = [date, formatPartialDate(date), nonce];
  const fill = (v: string) => v.replace(/[\uE000-\uE002]/g, (m) => values[m.charCodeAt(0) - 0xe000]!);
  return {
    status: t.status,
    headers: t.headers.map(([name, value]) => [name, Array.isArray(value) ? value.map(fill) : fill(value)]),
    body,
    nonce: t.slots.includes(NONCE) || t.headers.some(([, v]) => String(v).includes(HEADER_MARKS[NONCE])) ? nonce : null,
  };
}

/**
 * The families seen, bounded in bytes (an LRU, like the page cache): a candidate or checked template holds about one
 * page; an unfit family only its key.
 */
export class AsOfTemplates {
  private readonly families: LRUCache<string, Family>;
  readonly stats = { checked: 0, unfit: 0 };

  constructor(maxBytes: number) {
    this.families = new LRUCache<string, Family>({
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (f) => (f.state === 'unfit' ? f.bytes : f.cut.bytes) + 256,
    });
  }

  /** The page of `date` from its family's checked template, or null (no template yet, or an unfit family). */
  fill(family: string, date: string, nonce: () => string): RenderedPage | null {
    const f = this.families.get(family);
    return f?.state === 'checked' ? fillTemplate(f.cut, date, nonce()) : null;
  }

  /** A render of `date` in `family`: the first is kept as a candidate, a second either checks it or rules it out. */
  learn(family: string, date: string, page: RenderedPage): void {
    const known = this.families.get(family);
    if (known?.state === 'checked' || known?.state === 'unfit') return;
    const cut = cutPage(page, date);
    if (!known) {
      if (cut.status >= 0) this.families.set(family, { state: 'candidate', cut });
      else this.markUnfit(family);
      return;
    }
    if (!sameTemplate(known.cut, cut)) return this.markUnfit(family);
    // Same cut, but prose dates of one length cannot show a length written into the page: wait for another date
    // (a page without prose slots has only fixed-length ones, and no length to show).
    if (known.cut.proseBytes === cut.proseBytes && hasProse(cut)) return;
    this.stats.checked++;
    this.families.set(family, { state: 'checked', cut: known.cut });
  }

  private markUnfit(family: string): void {
    this.stats.unfit++;
    this.families.set(family, { state: 'unfit', bytes: 0 });
  }
}
