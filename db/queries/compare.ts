import 'server-only';
import { getActorBySlug, listGroups, listRegions } from '@/db/queries/actors';
import { codingOf, isCoded } from '@/lib/domain/as-of';
import { backedByOwnWords } from '@/lib/domain/evidence-strength';
import type { CompareParams, CompareVocabulary } from '@/lib/url/compare-params';
import { shapeMatrix, type MatrixRow, type RawRow } from '@/lib/compare/compare-rows';
import { ALL_ROWS, paginate, type PageInfo, type PageRequest } from '@/lib/compare/paging';
import type { Outcome } from '@/lib/domain/as-of';
import type { DimensionKey } from '@/lib/domain/codebook';
import type { CodingEvidence } from '@/lib/domain/evidence';
import { countOf, countStates, type StateCount } from '@/lib/domain/state-counts';
import { outcomeKey } from '@/lib/domain/tally';
import type { PositionActor } from './positions';
import { listCodingEvidence } from './evidence';
import { listPositionsAsOf } from './positions';
import { listActorSlugs, listActorsInScope, type ActorScope } from './scope';

/** Known slugs, regions and groups, to validate URL parameters against. */
export async function getCompareVocabulary(): Promise<CompareVocabulary> {
  const [actorSlugs, regions, groups] = await Promise.all([listActorSlugs(), listRegions(), listGroups()]);
  return { actorSlugs, regions, groups: groups.map((g) => g.slug) };
}

/**
 * Scope of a view: explicit actors, else filters; with nothing given, all States. With nothing given or only
 * kind=state, only States with a tracked document are listed unless asked (`undocumented=show`): the rows of the
 * 140-odd UN member States with none would all read "no document tracked" (the view says how many there are).
 * A region or group filter lists every actor in it, documents or not.
 */
export function scopeOf(
  p: Pick<CompareParams, 'actors' | 'kind' | 'region' | 'group'> & { showUndocumented?: boolean; value?: CompareParams['value'] },
): ActorScope {
  const noFilter = p.actors.length === 0 && !p.kind && !p.region && !p.group;
  // Asking for the States with no document tracked lists them: hiding them would empty the very rows asked for.
  const show = p.showUndocumented || p.value?.value === 'no_document';
  return {
    slugs: p.actors.length ? p.actors : null,
    kinds: p.kind ? [p.kind] : noFilter ? ['state'] : null,
    region: p.region,
    group: p.group,
    withDocuments: (noFilter || (p.kind === 'state' && p.actors.length === 0 && !p.region && !p.group)) && !show,
  };
}

export type CompareView = {
  rows: MatrixRow[];
  /** The columns shown: the chosen dimensions, or with `columns=coded` those coded for at least one row of the view. */
  dims: DimensionKey[];
  /** With `columns=coded`: the chosen dimensions left out for being coded for no row of the view. */
  uncodedDims: DimensionKey[];
  cellCount: number;
  /** Actors in scope left out because they have no tracked document (0 when they are shown or actors are named). */
  undocumented: number;
  /**
   * With a value filter: the States in scope holding it, counted as / and /dimensions/* count (countStates) — the
   * States among the rows are exactly these names — and organisations listed beside them, never counted.
   */
  valueCount: { dimension: DimensionKey; key: string; states: StateCount; otherActors: number } | null;
  /** With a value filter: States in scope not among the rows because they are not yet coded on that dimension, or have no document. */
  filterGap: { dimension: DimensionKey; notCoded: number; noDocument: number } | null;
  /** The page of actor rows shown (the bloc row, if any, is on every page and not counted). */
  page: PageInfo;
  /** E.g. a page past the end, which shows the last one. */
  pageNotices: string[];
};

const NO_EVIDENCE: ReadonlyMap<number, CodingEvidence> = new Map();

/**
 * The matrix exactly as shown: a bloc row first when `group` is set, then the actors in scope, filtered and sorted,
 * one page of them (all of them unless a page size is given). The as-of rule runs over the whole scope (sorting and
 * value filters need it; its inputs and outcomes are memoised per content version, db/memo-by-version.ts), but the
 * evidence is read only for the cells of the page: a large scope never reads thousands of quotes for one screen.
 */
export async function getCompareView(p: CompareParams, paging: PageRequest = ALL_ROWS): Promise<CompareView> {
  const scope = scopeOf(p);
  const actors = await listActorsInScope(scope, p.asOf);
  const everyone = scope.withDocuments ? await listActorsInScope({ ...scope, withDocuments: false }, p.asOf) : actors;
  const undocumented = everyone.length - actors.length;
  const bloc = p.group ? await getActorBySlug(p.group) : null;
  const ids = [...(bloc ? [bloc.id] : []), ...actors.map((a) => a.id)];
  const positions = await listPositionsAsOf({ asOf: p.asOf, dimensions: p.dims, actorIds: ids });
  const raw = new Map<number, RawRow>(positions.map((r) => [r.actor.id, { actor: r.actor, outcomes: r.outcomes }]));
  const blocRow = bloc ? (raw.get(bloc.id) ?? null) : null;
  const inScope = actors.filter((a) => a.id !== bloc?.id).map((a) => raw.get(a.id)!);
  const counted = p.value ? await countValue(p.value, p.asOf, everyone, p.dims.includes(p.value.dimension) ? raw : null) : null;
  // A value filter lists the States its count names (one function counts and lists), and organisations by the same key.
  const body = counted ? inScope.filter((r) => (r.actor.kind === 'state' ? counted.held.has(r.actor.slug) : counted.holds(r))) : inScope;
  const shaped = shapeMatrix(blocRow, body, { dims: p.dims, minConfidence: p.minConfidence, sort: p.sort, evidence: NO_EVIDENCE });
  // `columns=coded`: a dimension stays when any row of the view (every page) has a coding on it.
  const dims = p.codedColumns ? p.dims.filter((_, i) => shaped.some((r) => isCoded(r.cells[i]!.outcome))) : p.dims;
  const uncodedDims = p.dims.filter((d) => !dims.includes(d));
  const bodyRows = shaped.filter((r) => !r.isBloc);
  const { info: page, notices: pageNotices } = paginate(bodyRows.length, paging);
  const shown = [...shaped.filter((r) => r.isBloc), ...bodyRows.slice(page.start, page.end)];
  const evidence = await listCodingEvidence(shown.flatMap((r) => r.cells.flatMap((c) => (dims.includes(c.dimension) ? (codingOf(c.outcome)?.id ?? []) : []))));
  const rows = shown.map((r) => ({
    ...r,
    cells: r.cells
      .filter((c) => dims.includes(c.dimension))
      .map((c) => {
        const id = codingOf(c.outcome)?.id ?? null;
        const e = id === null ? null : (evidence.get(id) ?? null);
        return { ...c, evidence: e, notOwnWords: p.ownWords && e !== null && !backedByOwnWords(e.quotes) };
      }),
  }));
  const valueCount = counted && {
    dimension: counted.dimension,
    key: counted.key,
    states: counted.states,
    otherActors: body.filter((r) => r.actor.kind !== 'state').length,
  };
  const filterGap = counted && !['not_coded', 'no_document'].includes(counted.key) ? { dimension: counted.dimension, ...counted.gaps } : null;
  return { rows, dims, uncodedDims, cellCount: rows.length * dims.length, undocumented, valueCount, filterGap, page, pageNotices };
}

/**
 * The States in scope (`everyone`: listed or not) counted by their outcome on the filter's dimension with countStates,
 * the function / and /dimensions/* count with. `known`: outcomes already resolved for the listed actors on that
 * dimension; a State not among them has no document at all, so it has none on this dimension either.
 */
async function countValue(
  value: NonNullable<CompareParams['value']>,
  asOf: string,
  everyone: readonly PositionActor[],
  known: ReadonlyMap<number, RawRow> | null,
) {
  const dim = value.dimension;
  const states = everyone.filter((a) => a.kind === 'state');
  const outcomes = new Map<number, Outcome | undefined>(
    known
      ? [...known].map(([id, r]) => [id, r.outcomes[dim]])
      : (await listPositionsAsOf({ asOf, dimensions: [dim], actorIds: states.map((a) => a.id) })).map((r) => [r.actor.id, r.outcomes[dim]]),
  );
  const counts = countStates(
    dim,
    asOf,
    states.map((a) => ({ ...a, outcome: outcomes.get(a.id) ?? { kind: 'no_document' } })),
  );
  const holding = countOf(counts, value.value);
  return {
    dimension: dim,
    key: value.value,
    states: holding,
    held: new Set(holding.names.map((n) => n.slug)),
    holds: (r: RawRow) => outcomeKey(r.outcomes[dim] ?? { kind: 'no_document' }) === value.value,
    gaps: { notCoded: countOf(counts, 'not_coded').count, noDocument: countOf(counts, 'no_document').count },
  };
}
