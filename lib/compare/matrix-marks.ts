/**
 * The one symbol and short label of every codebook value, for the compact matrix and its legend. The map is typed
 * against the codebook, so a value added to lib/domain/codebook.ts fails the type check until it gets its mark here.
 * Symbols differ within each dimension, so a cell never depends on colour alone.
 */
import type { Outcome, OutcomeKind } from '@/lib/domain/as-of';
import { DIMENSIONS, getDimension, valueLabel, type DimensionKey, type DimensionValue } from '@/lib/domain/codebook';
import { OUTCOME_KIND_LABELS } from '@/lib/domain/outcome-text';

export type Mark = { symbol: string; short: string };

type MarkMap = { [K in DimensionKey]: Record<DimensionValue<K>, Mark> };

const NOT_ADDRESSED: Mark = { symbol: '○', short: 'Not addressed' };

export const VALUE_MARKS: MarkMap = {
  applicability: {
    binding_obligation: { symbol: '●', short: 'Binding' },
    voluntary_norm: { symbol: '◐', short: 'Voluntary' },
    unsettled: { symbol: '◇', short: 'Unsettled' },
    political_support: { symbol: '◒', short: 'Political support' },
    rejects: { symbol: '✕', short: 'Rejects' },
    general_law_only: { symbol: '§', short: 'General law only' },
    silent: { symbol: '○', short: 'Silent' },
  },
  knowledge: {
    actual: { symbol: '■', short: 'Actual' },
    actual_or_constructive: { symbol: '▣', short: 'Constructive too' },
    unspecified: NOT_ADDRESSED,
  },
  threshold: {
    serious_adverse_consequences: { symbol: '▲', short: 'Serious adverse' },
    significant_harm: { symbol: '△', short: 'Significant harm' },
    contrary_to_rights: { symbol: '◆', short: 'Contrary to rights' },
    any_wrongful_act: { symbol: '◈', short: 'Wrongful acts' },
    unspecified: NOT_ADDRESSED,
  },
  prevention: {
    includes_prevention: { symbol: '●', short: 'Prevention' },
    stop_ongoing_only: { symbol: '◑', short: 'Stop ongoing' },
    unspecified: NOT_ADDRESSED,
  },
  monitoring: {
    no_general_monitoring_duty: { symbol: '✕', short: 'No duty' },
    monitoring_expected: { symbol: '●', short: 'Expected' },
    unspecified: NOT_ADDRESSED,
  },
  capacity: {
    feasible_measures_within_capacity: { symbol: '●', short: 'Within capacity' },
    unspecified: NOT_ADDRESSED,
  },
  nature: {
    obligation_of_conduct: { symbol: '●', short: 'Conduct' },
    obligation_of_result: { symbol: '■', short: 'Result' },
    unspecified: NOT_ADDRESSED,
  },
  transit_states: {
    applies: { symbol: '●', short: 'Applies' },
    does_not_apply: { symbol: '✕', short: 'Does not apply' },
    unspecified: NOT_ADDRESSED,
  },
  remedies: {},
};

/** A free-text finding (remedies, or words recorded without a value). */
export const FREE_TEXT_MARK: Mark = { symbol: '✎', short: 'Stated' };

/** The two kinds of "no value" that are not findings: each its own symbol and words (silence is a value's mark). */
export const GAP_MARKS: Record<Exclude<OutcomeKind, 'value' | 'silent'>, Mark> = {
  not_coded: { symbol: '?', short: 'Not coded' },
  no_document: { symbol: '—', short: 'No document' },
};

export function valueMark(dimension: DimensionKey, value: string): Mark {
  return (VALUE_MARKS[dimension] as Record<string, Mark>)[value] ?? { symbol: '•', short: valueLabel(dimension, value) };
}

export type OutcomeMark = Readonly<Mark & { styleKey: string }>;

// Hundreds of cells per matrix share a few dozen marks: each made once (read-only), per dimension, value and style key.
const outcomeMarks = new Map<string, OutcomeMark>();

function markOnce(dimension: DimensionKey, value: string, styleKey: string, make: () => Mark): OutcomeMark {
  const key = `${dimension}:${value}:${styleKey}`;
  let mark = outcomeMarks.get(key);
  if (!mark) outcomeMarks.set(key, (mark = { ...make(), styleKey }));
  return mark;
}

/** The mark of an as-of outcome, and a class suffix for its style (value key or kind). */
export function outcomeMark(dimension: DimensionKey, o: Outcome): OutcomeMark {
  const kind = o.kind;
  if (kind === 'not_coded' || kind === 'no_document') return markOnce(dimension, '', kind, () => GAP_MARKS[kind]);
  const value = o.value;
  if (value === null) return markOnce(dimension, '', 'free_text', () => FREE_TEXT_MARK);
  return markOnce(dimension, value, kind === 'silent' ? 'silent' : value, () => valueMark(dimension, value));
}

export type LegendRow = { symbol: string; short: string; label: string };
export type LegendGroup = { dimension: DimensionKey | null; rows: LegendRow[] };

/**
 * The legend: per dimension, each value's symbol, short label and full label, then the kinds of "no value" once for
 * all dimensions (the no-finding value of each dimension shares ○, so it is listed once there too).
 */
export function legendGroups(dims: readonly DimensionKey[]): LegendGroup[] {
  const groups: LegendGroup[] = dims.flatMap((d) => {
    const def = getDimension(d);
    const rows = def.values.filter((v) => v.value !== def.noFindingValue).map((v) => ({ ...valueMark(d, v.value), label: v.label }));
    return rows.length ? [{ dimension: d, rows }] : [];
  });
  const anyFreeText = dims.some((d) => getDimension(d).values.length === 0);
  const gaps: LegendRow[] = [
    { symbol: '○', short: 'Silent / Not addressed', label: `${OUTCOME_KIND_LABELS.silent}: the coded document says nothing on this point` },
    ...(anyFreeText ? [{ ...FREE_TEXT_MARK, label: 'Stated in the actor’s words (free-text dimension)' }] : []),
    ...(['not_coded', 'no_document'] as const).map((k) => ({ ...GAP_MARKS[k], label: OUTCOME_KIND_LABELS[k] })),
  ];
  return [...groups, { dimension: null, rows: gaps }];
}

/** Every dimension key that has values, for tests that check the marks stay distinct. */
export const DIMENSIONS_WITH_VALUES = DIMENSIONS.filter((d) => d.values.length > 0).map((d) => d.key);
