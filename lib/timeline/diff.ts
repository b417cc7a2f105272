/** Document-to-document comparison of one actor's own codings, dimension by dimension. */
import { type DimensionKey, DIMENSIONS, isFreeTextDimension } from '@/lib/domain/codebook';

type DiffCoding = { dimension: DimensionKey; value: string | null; freeText: string | null };
type CodedDocument<C extends DiffCoding> = { codings: readonly C[] };

/** One dimension: each side's coding, or null for "not coded in this document". */
export type DiffRow<C extends DiffCoding = DiffCoding> = { dimension: DimensionKey; from: C | null; to: C | null; changed: boolean };

/**
 * What a coding says on its dimension, for comparison: the value, or the text of a free-text dimension (remedies).
 * A coding that records only the actor's words (no value) says nothing codable, as in the as-of rule.
 */
export function finding(c: DiffCoding | null): string | null {
  if (!c) return null;
  return isFreeTextDimension(c.dimension) ? c.freeText : c.value;
}

/** One row per dimension in codebook order, changed rows first; "not coded in this document" is a side of its own. */
export function diffDocuments<C extends DiffCoding>(from: CodedDocument<C>, to: CodedDocument<C>): DiffRow<C>[] {
  const side = (doc: CodedDocument<C>, dimension: DimensionKey): C | null => doc.codings.find((x) => x.dimension === dimension) ?? null;
  const rows = DIMENSIONS.map((d) => {
    const a = side(from, d.key);
    const b = side(to, d.key);
    return { dimension: d.key, from: a, to: b, changed: finding(a) !== finding(b) };
  });
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
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
