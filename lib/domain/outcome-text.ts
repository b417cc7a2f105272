/** Words for as-of outcomes, shared by the matrix, exports and briefings so they never disagree. */
import { isCoded, type Outcome, type OutcomeKind } from '@/lib/domain/as-of';
import { valueLabel, type DimensionKey } from '@/lib/domain/codebook';

export const OUTCOME_KIND_LABELS: Record<Exclude<OutcomeKind, 'value'>, string> = {
  silent: 'Silent',
  not_coded: 'Not yet coded',
  no_document: 'No document tracked',
};

export const OUTCOME_KIND_DEFINITIONS: Record<OutcomeKind, string> = {
  value:
    'A coded value: from the documents in effect on or before the date, the latest one in the highest tier (a legal view before political support before silence).',
  silent: 'Documents exist and the coded ones say nothing on this point.',
  not_coded: 'Documents exist, but this dimension has not been coded for any of them yet.',
  no_document: 'The tracker holds no document of this actor dated on or before this date.',
};

/** The label of an outcome: the value's label, or which kind of "no value" it is. */
export function outcomeLabel(dimension: DimensionKey, outcome: Outcome): string {
  switch (outcome.kind) {
    case 'value':
      return outcome.value === null ? 'Stated (free text)' : valueLabel(dimension, outcome.value);
    case 'silent':
      return dimension === 'applicability' ? OUTCOME_KIND_LABELS.silent : `${valueLabel(dimension, outcome.value)} (silent)`;
    default:
      return OUTCOME_KIND_LABELS[outcome.kind];
  }
}

function years(dates: readonly { date: string }[]): string {
  return [...new Set(dates.map((d) => d.date.slice(0, 4)))].join(', ');
}

/** "a 2025 document is not yet coded" beside an older value, so an old answer never passes for a current one. */
export function pendingNote(outcome: Outcome): string | null {
  if (!isCoded(outcome)) return null;
  const pending = outcome.laterNotCoded;
  if (pending.length === 0) return null;
  return pending.length === 1 ? `a ${years(pending)} document is not yet coded` : `${pending.length} later documents (${years(pending)}) are not yet coded`;
}

/** "the 2023 document is silent on this" beside a value kept from an earlier document. */
export function laterSilenceNote(outcome: Outcome): string | null {
  if (outcome.kind !== 'value' || outcome.laterNoFinding.length === 0) return null;
  const later = outcome.laterNoFinding;
  return later.length === 1
    ? `the later ${years(later)} document says nothing on this`
    : `${later.length} later documents (${years(later)}) say nothing on this`;
}

/**
 * "the later 2021 document supports the idea without a legal view" beside a legal view it does not replace
 * (as-of rule 1.1.0, tier 2): the reader sees the later document without being told the position moved.
 */
export function laterPoliticalNote(outcome: Outcome): string | null {
  if (outcome.kind !== 'value' || !outcome.laterPolitical || outcome.laterPolitical.length === 0) return null;
  const later = outcome.laterPolitical;
  return later.length === 1
    ? `the later ${years(later)} document supports the idea without a legal view`
    : `${later.length} later documents (${years(later)}) support the idea without a legal view`;
}
