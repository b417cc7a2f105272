import 'server-only';
import { isCoded, type Outcome } from '@/lib/domain/as-of';
import type { DimensionKey } from '@/lib/domain/codebook';
import { shapeMatrix, type MatrixRow } from '@/lib/compare/compare-rows';
import type { DimensionParams } from '@/lib/url/dimension-params';
import { ACTOR_KINDS, NON_STATE_AUTHORITY_KINDS } from '@/lib/domain/vocabulary';
import { countStates, type StateCount, type StateCounts } from '@/lib/domain/state-counts';
import { outcomeKey } from '@/lib/domain/tally';
import { listCodingEvidence } from './evidence';
import { listPositionsAsOf } from './positions';
import { listActorsInScope } from './scope';

/** One outcome: the States holding it (counted, as on every page) and every actor listed under it, States or not. */
export type DimensionGroup = StateCount & { rows: MatrixRow[]; otherActors: number };
export type DimensionView = {
  groups: DimensionGroup[];
  rows: MatrixRow[];
  /** The States in scope as of the end date, counted by outcome (lib/domain/state-counts.ts). */
  states: StateCounts;
  /** Actors left out for having no tracked document at all (listed only under a region or group filter). */
  undocumented: number;
};

/**
 * One dimension across actors, grouped by outcome in codebook order (values, then silent, not yet coded, no document),
 * actors by name within a group. `rows` is the same list flattened: what the export serves. A group's `count` is of
 * States, including States not listed for having no document (the home page and /compare count the same way);
 * organisations and other bodies listed under it are `otherActors`, never added to it.
 */
export async function getDimensionView(dimension: DimensionKey, p: DimensionParams): Promise<DimensionView> {
  const kinds = p.kind ? [p.kind] : ACTOR_KINDS.filter((k) => p.includeExperts || !NON_STATE_AUTHORITY_KINDS.includes(k));
  // As in the matrix: without a region or group filter, the 140-odd States with no document are counted, not listed.
  const scope = { kinds, region: p.region, group: p.group };
  const withDocuments = !p.region && !p.group;
  const everyone = await listActorsInScope(scope, p.to);
  const actors = withDocuments ? await listActorsInScope({ ...scope, withDocuments }, p.to) : everyone;
  const undocumented = everyone.length - actors.length;
  const all = await listPositionsAsOf({ asOf: p.to, dimensions: [dimension], actorIds: everyone.map((a) => a.id), from: p.from });
  const listed = new Set(actors.map((a) => a.id));
  const positions = all.filter((r) => listed.has(r.actor.id));
  const states = countStates(
    dimension,
    p.to,
    all.map((r) => ({ ...r.actor, outcome: r.outcomes[dimension]! })),
  );
  const outcomes = positions.map((r) => r.outcomes[dimension]!);
  const codingIds = outcomes.flatMap((o) => (isCoded(o) ? [o.coding.id] : []));
  const evidence = await listCodingEvidence(codingIds);
  const rows = shapeMatrix(null, positions, { dims: [dimension], minConfidence: null, sort: { key: 'name', desc: false }, evidence });
  const keyOf = (r: MatrixRow) => outcomeKey(r.cells[0]!.outcome as Outcome);
  const groups = states.rows.map((c) => {
    const members = rows.filter((r) => keyOf(r) === c.key);
    return { ...c, rows: members, otherActors: members.filter((r) => r.actor.kind !== 'state').length };
  });
  return { groups, rows: groups.flatMap((g) => g.rows), states, undocumented };
}
