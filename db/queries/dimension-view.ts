import 'server-only';
import { isCoded, type Outcome } from '@/lib/domain/as-of';
import type { DimensionKey } from '@/lib/domain/codebook';
import { shapeMatrix, type MatrixRow } from '@/lib/compare/compare-rows';
import type { DimensionParams } from '@/lib/url/dimension-params';
import { ACTOR_KINDS, NON_STATE_AUTHORITY_KINDS } from '@/lib/domain/vocabulary';
import { countByOutcome, outcomeKey, type OutcomeCount } from '@/lib/domain/tally';
import { listCodingEvidence } from './evidence';
import { listPositionsAsOf } from './positions';
import { listActorsInScope } from './scope';

export type DimensionGroup = OutcomeCount & { rows: MatrixRow[] };
export type DimensionView = {
  groups: DimensionGroup[];
  rows: MatrixRow[];
  /** Actors left out for having no tracked document at all (listed only under a region or group filter). */
  undocumented: number;
};

/**
 * One dimension across actors, grouped by outcome in codebook order (values, then silent, not yet coded, no document),
 * actors by name within a group. `rows` is the same list flattened: what the export serves.
 */
export async function getDimensionView(dimension: DimensionKey, p: DimensionParams): Promise<DimensionView> {
  const kinds = p.kind ? [p.kind] : ACTOR_KINDS.filter((k) => p.includeExperts || !NON_STATE_AUTHORITY_KINDS.includes(k));
  // As in the matrix: without a region or group filter, the 140-odd States with no document are counted, not listed.
  const scope = { kinds, region: p.region, group: p.group };
  const withDocuments = !p.region && !p.group;
  const actors = await listActorsInScope({ ...scope, withDocuments }, p.to);
  const undocumented = withDocuments ? (await listActorsInScope(scope, p.to)).length - actors.length : 0;
  const positions = await listPositionsAsOf({ asOf: p.to, dimensions: [dimension], actorIds: actors.map((a) => a.id), from: p.from });
  const outcomes = positions.map((r) => r.outcomes[dimension]!);
  const codingIds = outcomes.flatMap((o) => (isCoded(o) ? [o.coding.id] : []));
  const evidence = await listCodingEvidence(codingIds);
  const rows = shapeMatrix(null, positions, { dims: [dimension], value: null, minConfidence: null, sort: { key: 'name', desc: false }, evidence });
  const keyOf = (r: MatrixRow) => outcomeKey(r.cells[0]!.outcome as Outcome);
  // Free-text-only dimensions (remedies) have no values: their statements form one group of their own.
  const freeText: OutcomeCount[] = outcomes.some((o) => outcomeKey(o) === 'free_text')
    ? [{ key: 'free_text', label: 'Stated (free text)', count: 0, kind: 'value' }]
    : [];
  const groups = [...freeText, ...countByOutcome(dimension, outcomes)].map((c) => {
    const members = rows.filter((r) => keyOf(r) === c.key);
    return { ...c, count: members.length, rows: members };
  });
  return { groups, rows: groups.flatMap((g) => g.rows), undocumented };
}
