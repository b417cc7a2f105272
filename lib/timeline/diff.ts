/** Document-to-document comparison of one actor's own codings, dimension by dimension. */
import { type DimensionKey, DIMENSIONS, isFreeTextDimension, valueTier } from '@/lib/domain/codebook';

type DiffCoding = { dimension: DimensionKey; value: string | null; freeText: string | null };
type CodedDocument<C extends DiffCoding> = { codings: readonly C[] };

/**
 * How a dimension moved between the two documents, by the as-of rule 1.1.0: `changed` only when the later document
 * changes the as-of outcome; `earlier_stands` when the later document is silent (or not coded) on a point the earlier
 * one decided — a later silence erases nothing; `political_after_legal` when the later document only supports the idea
 * politically (tier 2) after a legal view (tier 1), which it does not replace; `unchanged` otherwise.
 */
export type DiffStatus = 'changed' | 'earlier_stands' | 'political_after_legal' | 'unchanged';

/** One dimension: each side's coding, or null for "not coded in this document". */
export type DiffRow<C extends DiffCoding = DiffCoding> = { dimension: DimensionKey; from: C | null; to: C | null; status: DiffStatus; changed: boolean };

export const DIFF_STATUS_LABELS: Record<DiffStatus, string> = {
  changed: 'Changed',
  earlier_stands: 'Says nothing on this — the earlier view stands',
  political_after_legal: 'Supports the idea without a legal view — the earlier legal view stands',
  unchanged: 'Unchanged',
};

/**
 * What a coding says on its dimension, for comparison: the value, or the text of a free-text dimension (remedies).
 * A coding that records only the actor's words (no value) says nothing codable, as in the as-of rule.
 */
export function finding(c: DiffCoding | null): string | null {
  if (!c) return null;
  return isFreeTextDimension(c.dimension) ? c.freeText : c.value;
}

/**
 * The status of one dimension from the earlier finding `a` to the later finding `b` (null: not coded there). As in
 * the as-of rule, the later finding replaces the earlier one only if its tier (codebook.ts `valueTier`: 1 legal view,
 * 2 political support, 3 says nothing) is the same or higher.
 */
export function diffStatus(dimension: DimensionKey, a: string | null, b: string | null): DiffStatus {
  if (a === b) return 'unchanged';
  // Not coded in the later document: an earlier view stands (an earlier silence simply stays silence).
  if (b === null) return valueTier(dimension, a) === 3 ? 'unchanged' : 'earlier_stands';
  // Not coded before: whatever the later document says is new, silence included ("not yet coded" → "silent").
  if (a === null) return 'changed';
  const [ta, tb] = [valueTier(dimension, a), valueTier(dimension, b)];
  if (tb <= ta) return 'changed';
  return tb === 3 ? 'earlier_stands' : 'political_after_legal';
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
  const order: DiffStatus[] = ['changed', 'earlier_stands', 'political_after_legal', 'unchanged'];
  return order.flatMap((st) => rows.filter((r) => r.status === st));
}

type Doc = { slug: string };

/**
 * The two documents named by `from` and `to` (slugs) among an actor's documents in date order. Missing or unknown
 * slugs fall back to the first and latest documents; a pair given in reverse order is put in date order. Notices say
 * what was replaced.
 */
export function pickDiffPair<D extends Doc>(
  docs: readonly D[],
  fromSlug: string | undefined,
  toSlug: string | undefined,
  actorName: string,
): { from: D; to: D; notices: string[] } | null {
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

/**
 * The pair to compare when none is asked for: the latest document that changed an as-of position, against the
 * document before it — where something changed (issue 19: the first and the latest of the United Kingdom are both
 * silent, and read "0 of 9 dimensions changed" although it moved in 2019). Null when no document changed a position
 * after an earlier one (the first and latest are then compared).
 */
export function changedPair(
  events: readonly { document: { slug: string }; previous: { slug: string } | null; changes: readonly unknown[] }[],
): { from: string; to: string } | null {
  const latest = [...events].reverse().find((e) => e.changes.length > 0 && e.previous !== null);
  return latest ? { from: latest.previous!.slug, to: latest.document.slug } : null;
}
