/** Counting as-of outcomes by value, in codebook order, with the three kinds of "no value" kept apart. */
import type { Outcome } from '@/lib/domain/as-of';
import { getDimension, type DimensionKey } from '@/lib/domain/codebook';
import { OUTCOME_KIND_LABELS } from '@/lib/domain/outcome-text';

export type OutcomeCount = { key: string; label: string; count: number; kind: Outcome['kind'] };

/** Keys: the value for coded outcomes, otherwise `silent` / `not_coded` / `no_document`. */
export function outcomeKey(outcome: Outcome): string {
  if (outcome.kind === 'value') return outcome.value ?? 'free_text';
  if (outcome.kind === 'silent') return outcome.value;
  return outcome.kind;
}

export function countByOutcome(dimension: DimensionKey, outcomes: readonly Outcome[]): OutcomeCount[] {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(outcomeKey(o), (counts.get(outcomeKey(o)) ?? 0) + 1);
  const rows: OutcomeCount[] = getDimension(dimension).values.map((v) => ({
    key: v.value,
    label: v.label,
    count: counts.get(v.value) ?? 0,
    kind: v.value === getDimension(dimension).noFindingValue ? 'silent' : 'value',
  }));
  for (const kind of ['not_coded', 'no_document'] as const) rows.push({ key: kind, label: OUTCOME_KIND_LABELS[kind], count: counts.get(kind) ?? 0, kind });
  return rows;
}
