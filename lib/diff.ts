/** Document-to-document comparison of one actor's own codings, dimension by dimension. */
import { DIMENSIONS, getDimension, type DimensionKey } from './codebook';

type DiffCoding = { dimension: DimensionKey; value: string | null; freeText: string | null };
type CodedDocument<C extends DiffCoding> = { codings: readonly C[] };

/**
 * How a dimension moved between the two documents, by the as-of rule: `changed` only when the later document
 * changes the as-of outcome; `earlier_stands` when the later document is silent (or not coded) on a point the earlier
 * one decided — a later silence erases nothing; `unchanged` otherwise.
 */
export type DiffStatus = 'changed' | 'earlier_stands' | 'unchanged';

/** One dimension: each side's coding, or null for "not coded in this document". */
export type DiffRow<C extends DiffCoding = DiffCoding> = { dimension: DimensionKey; from: C | null; to: C | null; status: DiffStatus; changed: boolean };

export const DIFF_STATUS_LABELS: Record<DiffStatus, string> = {
  changed: 'Changed',
  earlier_stands: 'Says nothing on this — the earlier view stands',
  unchanged: 'Unchanged',
};

/**
 * What a coding says on its dimension, for comparison: the value, or the text of a free-text dimension (remedies).
 * A coding that records only the actor's words (no value) says nothing codable, as in the as-of rule.
 */
export function finding(c: DiffCoding | null): string | null {
  if (!c) return null;
  return c.dimension === 'remedies' ? c.freeText : c.value;
}

/** A finding that decides the point: not absent, and not the dimension's "says nothing" value. */
function decides(dimension: DimensionKey, f: string | null): f is string {
  return f !== null && f !== getDimension(dimension).noFindingValue;
}

/** The status of one dimension from the earlier finding `a` to the later finding `b` (null: not coded there). */
export function diffStatus(dimension: DimensionKey, a: string | null, b: string | null): DiffStatus {
  if (a === b) return 'unchanged';
  if (decides(dimension, b)) return 'changed';
  // The later document leaves the point open: an earlier view is still the as-of outcome.
  if (decides(dimension, a)) return 'earlier_stands';
  // Not coded before, silent now: the outcome moves from "not yet coded" to "silent". Silent before, not coded now: stays.
  return a === null ? 'changed' : 'unchanged';
}

/** One row per dimension in codebook order: changed rows first, then those where the earlier view stands. */
export function diffDocuments<C extends DiffCoding>(from: CodedDocument<C>, to: CodedDocument<C>): DiffRow<C>[] {
  const side = (doc: CodedDocument<C>, dimension: DimensionKey): C | null => doc.codings.find((x) => x.dimension === dimension) ?? null;
  const rows = DIMENSIONS.map((d) => {
    const a = side(from, d.key);
    const b = side(to, d.key);
    const status = diffStatus(d.key, finding(a), finding(b));
    return { dimension: d.key, from: a, to: b, status, changed: status === 'changed' };
  });
  const order: DiffStatus[] = ['changed', 'earlier_stands', 'unchanged'];
  return order.flatMap((st) => rows.filter((r) => r.status === st));
}

type Doc = { slug: string };

/**
 * The two documents named by `from` and `to` (slugs) among an actor's documents in date order. Missing or unknown
 * slugs fall back to the first and latest documents; a pair given in reverse order is put in date order. Notices say
 * what was replaced.
 */
export function pickDiffPair<D extends Doc>(docs: readonly D[], fromSlug: string | undefined, toSlug: string | undefined, actorName: string): { from: D; to: D; notices: string[] } | null {
  if (docs.length < 2) return null;
  const notices: string[] = [];
  const find = (slug: string | undefined, fallback: D, which: string): D => {
    if (!slug) return fallback;
    const found = docs.find((d) => d.slug === slug);
    if (!found) notices.push(`"${slug}" is not a document of ${actorName}; showing the ${which} one instead.`);
    return found ?? fallback;
  };
  let from = find(fromSlug, docs[0]!, 'first');
  let to = find(toSlug, docs[docs.length - 1]!, 'latest');
  if (docs.indexOf(from) > docs.indexOf(to)) {
    [from, to] = [to, from];
    notices.push('The two documents were given latest first; they are shown in date order.');
  }
  if (from === to) notices.push('Both sides are the same document, so nothing can differ; pick two different documents below.');
  return { from, to, notices };
}
