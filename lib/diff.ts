/** Document-to-document comparison of one actor's own codings, dimension by dimension. */
import { DIMENSIONS, type DimensionKey } from './codebook';

export type DiffSide = { value: string | null; freeText: string | null } | null;
export type DiffRow = { dimension: DimensionKey; from: DiffSide; to: DiffSide; changed: boolean };

type CodedDocument = { codings: { dimension: DimensionKey; value: string | null; freeText: string | null }[] };

/** What a side says on a dimension, for comparison: the value, the text of free-text dimensions, or nothing. */
function finding(side: DiffSide, dimension: DimensionKey): string | null {
  if (!side) return null;
  if (dimension === 'remedies') return side.freeText;
  return side.value;
}

/** One row per dimension in codebook order, changed rows first; "not coded in this document" is a side of its own. */
export function diffDocuments(from: CodedDocument, to: CodedDocument): DiffRow[] {
  const side = (doc: CodedDocument, dimension: DimensionKey): DiffSide => {
    const c = doc.codings.find((x) => x.dimension === dimension);
    return c ? { value: c.value, freeText: c.freeText } : null;
  };
  const rows = DIMENSIONS.map((d) => {
    const a = side(from, d.key);
    const b = side(to, d.key);
    return { dimension: d.key, from: a, to: b, changed: finding(a, d.key) !== finding(b, d.key) };
  });
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}
