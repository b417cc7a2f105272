/**
 * What a record says on a dimension, in one shape for every place that reads or writes it: seed files, desk
 * proposals and forms, the planner, the import, publishing and the export. The only module that knows how a record
 * spells the actor's words: the dimension's own key for a free-text dimension (remedies), `<key>_text` in seed files
 * and `<key>Text` in forms for a valued dimension that takes words (threshold). Pure.
 */
import { DIMENSIONS, type DimensionKey, isFreeTextDimension, takesWords, valueLabel } from '@/lib/domain/codebook';
import type { Confidence } from '@/lib/domain/vocabulary';

/** What a record says on one dimension: the codebook value (none for a free-text dimension) and the actor's words. */
export type DimensionStatement = { value: string | null; words: string | null };
/** What a record says, dimension by dimension; a dimension it does not code is absent. */
export type RecordStatements = Partial<Record<DimensionKey, DimensionStatement>>;

/** A passage by what identifies it: the quote and where it stands. */
export type PassageKey = { quote: string; locator: string };

/** What one coding row holds: the statement and the evidence it rests on. */
export type CodingContent = DimensionStatement & {
  summary: string;
  confidence: Confidence;
  confidenceReason: string | null;
  verifiedFrom: string[];
  passages: PassageKey[];
};

export type Casing = 'seed' | 'form';

/** Where a record writes the actor's words on `key`, or null when the dimension takes no words. */
export function wordsKey(key: DimensionKey, casing: Casing): string | null {
  if (isFreeTextDimension(key)) return key;
  if (!takesWords(key)) return null;
  return casing === 'seed' ? `${key}_text` : `${key}Text`;
}

/** Every field of a record's `codings` object, in the order records write them: the values, then the words. */
export function codingFields(casing: Casing): { key: DimensionKey; field: string; holds: 'value' | 'words' }[] {
  const values = DIMENSIONS.filter((d) => !isFreeTextDimension(d.key)).map((d) => ({ key: d.key, field: d.key as string, holds: 'value' as const }));
  const words = DIMENSIONS.flatMap((d) => {
    const field = wordsKey(d.key, casing);
    return field ? [{ key: d.key, field, holds: 'words' as const }] : [];
  });
  return [...values, ...words];
}

/** True when the statement says something: a value, or the actor's words. */
export const isStated = (s: DimensionStatement | null | undefined): s is DimensionStatement => !!s && (s.value !== null || s.words !== null);

/** Reads a record's `codings` object (seed file or form); empty strings count as absent. */
export function readStatements(codings: Readonly<Record<string, string | null | undefined>>, casing: Casing): RecordStatements {
  const out: RecordStatements = {};
  const text = (field: string | null) => (field === null ? null : (codings[field] ?? '').trim() || null);
  for (const d of DIMENSIONS) {
    const statement = { value: isFreeTextDimension(d.key) ? null : text(d.key), words: text(wordsKey(d.key, casing)) };
    if (isStated(statement)) out[d.key] = statement;
  }
  return out;
}

/**
 * Writes statements as a record's `codings` object, plus the seed's `not_coded` list: a dimension is "not coded"
 * unless it has a value — the threshold's words without a value still count as not coded (dataset rule) — or, for a
 * free-text dimension, words.
 */
export function writeStatements(statements: RecordStatements, casing: Casing): { codings: Record<string, string>; notCoded: DimensionKey[] } {
  const codings: Record<string, string> = {};
  const notCoded: DimensionKey[] = [];
  for (const { key, field, holds } of codingFields(casing)) {
    const s = statements[key];
    const text = holds === 'value' ? s?.value : s?.words;
    if (text) codings[field] = text;
  }
  for (const d of DIMENSIONS) {
    const s = statements[d.key];
    if (!(isFreeTextDimension(d.key) ? s?.words : s?.value)) notCoded.push(d.key);
  }
  return { codings, notCoded };
}

/** The dimensions a record codes (a value, or words), in codebook order. */
export const codedDimensions = (statements: RecordStatements): DimensionKey[] => DIMENSIONS.map((d) => d.key).filter((k) => isStated(statements[k]));

const samePassages = (a: PassageKey[], b: PassageKey[]) => {
  const key = (p: PassageKey) => `${p.quote}\u0000${p.locator}`;
  return JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
};
const sameList = (a: readonly string[], b: readonly string[]) => JSON.stringify(a) === JSON.stringify(b);

/** True when the statement (value and words) is the same: what a reader sees as the position. */
export const sameStatement = (a: DimensionStatement, b: DimensionStatement) => a.value === b.value && a.words === b.words;

/** True when two codings hold the same statement and the same evidence. */
export function sameContent(a: CodingContent, b: CodingContent): boolean {
  return (
    sameStatement(a, b) &&
    a.summary === b.summary &&
    a.confidence === b.confidence &&
    a.confidenceReason === b.confidenceReason &&
    sameList(a.verifiedFrom, b.verifiedFrom) &&
    samePassages(a.passages, b.passages)
  );
}

/** What a correction changed, in words, for the evidence history ("value Actual → Actual or constructive; quote"). */
export function describeChange(key: DimensionKey, before: CodingContent, after: CodingContent): string {
  const what: string[] = [];
  const label = (v: string | null) => (v === null ? '(no value)' : valueLabel(key, v));
  if (before.value !== after.value) what.push(`value ${label(before.value)} → ${label(after.value)}`);
  if (before.words !== after.words) what.push('words');
  if (before.confidence !== after.confidence) what.push(`confidence ${before.confidence} → ${after.confidence}`);
  if (!samePassages(before.passages, after.passages)) what.push('quote');
  if (before.summary !== after.summary || before.confidenceReason !== after.confidenceReason) what.push('summary or notes');
  if (!sameList(before.verifiedFrom, after.verifiedFrom)) what.push('sources');
  return what.join('; ') || 'evidence';
}
