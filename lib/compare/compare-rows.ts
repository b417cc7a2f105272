/** Shapes as-of outcomes into the rows of the comparison matrix: confidence marks and sort, shared by page and exports. */
import { codingOf, type Outcome } from '@/lib/domain/as-of';
import { getDimension, type DimensionKey } from '@/lib/domain/codebook';
import { CONFIDENCE_RANK, type ActorKind, type Confidence } from '@/lib/domain/vocabulary';
import type { CodingEvidence } from '@/lib/domain/evidence';
import type { Sort } from '@/lib/url/compare-params';

export type MatrixActor = { id: number; slug: string; name: string; kind: ActorKind; iso3: string | null; region: string | null };

export type MatrixCell = {
  dimension: DimensionKey;
  outcome: Outcome;
  /** True when the cell's confidence is below the `minConfidence` filter: shown as such, its value withheld. */
  belowMinConfidence: boolean;
  /** True under `evidence=own-words` when no quote of the actor's own due-diligence words backs the cell's value. */
  notOwnWords: boolean;
  evidence: CodingEvidence | null;
};

export type MatrixRow = { actor: MatrixActor; isBloc: boolean; cells: MatrixCell[] };

export type RawRow = { actor: MatrixActor; outcomes: Record<string, Outcome> };

export function outcomeConfidence(o: Outcome): Confidence | null {
  return codingOf(o)?.confidence ?? null;
}

/** Sort rank of an outcome on a dimension: values in codebook order, then silent, not yet coded, no document. */
export function outcomeRank(dimension: DimensionKey, o: Outcome): number {
  const values = getDimension(dimension).values;
  if (o.kind === 'value') return o.value === null ? values.length : values.findIndex((v) => v.value === o.value);
  if (o.kind === 'silent') return values.length + 1;
  return o.kind === 'not_coded' ? values.length + 2 : values.length + 3;
}

function compareRows(sort: Sort) {
  return (a: RawRow, b: RawRow): number => {
    const byName = a.actor.name.localeCompare(b.actor.name);
    if (sort.key === 'name') return sort.desc ? -byName : byName;
    const ra = outcomeRank(sort.key, a.outcomes[sort.key] ?? { kind: 'no_document' });
    const rb = outcomeRank(sort.key, b.outcomes[sort.key] ?? { kind: 'no_document' });
    return (sort.desc ? rb - ra : ra - rb) || byName;
  };
}

export type ShapeOptions = {
  dims: readonly DimensionKey[];
  minConfidence: Confidence | null;
  sort: Sort;
  evidence: ReadonlyMap<number, CodingEvidence>;
};

function toRow(raw: RawRow, isBloc: boolean, o: ShapeOptions): MatrixRow {
  return {
    actor: raw.actor,
    isBloc,
    cells: o.dims.map((dimension) => {
      const outcome = raw.outcomes[dimension] ?? { kind: 'no_document' };
      const confidence = outcomeConfidence(outcome);
      const below = o.minConfidence !== null && confidence !== null && CONFIDENCE_RANK[confidence] < CONFIDENCE_RANK[o.minConfidence];
      const codingId = codingOf(outcome)?.id ?? null;
      return { dimension, outcome, belowMinConfidence: below, notOwnWords: false, evidence: codingId !== null ? (o.evidence.get(codingId) ?? null) : null };
    }),
  };
}

/** The bloc row (if any) first, then the member/actor rows sorted (a value filter picks the rows before: db/queries/compare.ts). */
export function shapeMatrix(bloc: RawRow | null, rows: readonly RawRow[], o: ShapeOptions): MatrixRow[] {
  const body = [...rows].sort(compareRows(o.sort));
  return [...(bloc ? [toRow(bloc, true, o)] : []), ...body.map((r) => toRow(r, false, o))];
}
