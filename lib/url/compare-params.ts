/**
 * Parameters of /compare and /api/v1/compare: parsed from the URL with notices, never throwing, and written back
 * to a query string in one place so links, controls and exports always agree.
 */
import { parsePageNumber } from '@/lib/compare/paging';
import { DIMENSION_KEYS, getDimension, isDimensionKey, type DimensionKey } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import type { ActorKind, Confidence } from '@/lib/domain/vocabulary';
import {
  listParam,
  param,
  parseAsOf,
  parseChoice,
  parseDimensions,
  parseKind,
  parseMinConfidence,
  parseSlugs,
  toQuery,
  type SearchParams,
} from '@/lib/url/search-params';

export const NO_VALUE_KEYS = ['silent', 'not_coded', 'no_document'] as const;

export type ValueFilter = { dimension: DimensionKey; value: string };
export type SortKey = 'name' | DimensionKey;
export type Sort = { key: SortKey; desc: boolean };
export type CellRef = { actor: string; dimension: DimensionKey };

export type CompareParams = {
  actors: string[];
  dims: DimensionKey[];
  asOf: string;
  kind: ActorKind | null;
  region: string | null;
  group: string | null;
  value: ValueFilter | null;
  minConfidence: Confidence | null;
  sort: Sort;
  cell: CellRef | null;
  /** `undocumented=show`: also list actors with no tracked document (all 193 UN member States for kind=state). */
  showUndocumented: boolean;
  /** `compact`: one symbol and short label per cell, so every State fits on one screen. */
  view: MatrixView;
  /** `columns=coded`: only the dimensions coded for at least one actor of the view (value or coded silence). */
  codedColumns: boolean;
  /** `evidence=own-words`: a cell shows its value only when a quote of the actor's own due-diligence words backs it. */
  ownWords: boolean;
  /** The page of actors (lib/compare/paging.ts); absent means the first. */
  page?: number;
};

export const CODED_COLUMNS = 'coded';
export const OWN_WORDS = 'own-words';

export const MATRIX_VIEWS = ['full', 'compact'] as const;
export type MatrixView = (typeof MATRIX_VIEWS)[number];

/** `actorNames` (optional): lower-cased names to slugs, so `actors` may also carry names typed into the picker. */
export type CompareVocabulary = {
  actorSlugs: ReadonlySet<string>;
  actorNames?: ReadonlyMap<string, string>;
  regions: readonly string[];
  groups: readonly string[];
};

export function parseValueFilter(raw: string | undefined): { value: ValueFilter | null; notices: string[] } {
  if (!raw) return { value: null, notices: [] };
  const [dimension, value] = raw.split(':');
  if (dimension && value && isDimensionKey(dimension)) {
    const allowed = getDimension(dimension).values.some((v) => v.value === value) || (NO_VALUE_KEYS as readonly string[]).includes(value);
    if (allowed) return { value: { dimension, value }, notices: [] };
  }
  return { value: null, notices: [`Unknown value filter "${raw}" ignored (write it dimension:value, e.g. applicability:binding_obligation).`] };
}

export function parseSort(raw: string | undefined): { value: Sort; notices: string[] } {
  if (!raw) return { value: { key: 'name', desc: false }, notices: [] };
  const desc = raw.startsWith('-');
  const key = desc ? raw.slice(1) : raw;
  if (key === 'name' || isDimensionKey(key)) return { value: { key, desc }, notices: [] };
  return { value: { key: 'name', desc: false }, notices: [`Unknown sort "${raw}" ignored; sorted by name.`] };
}

function parseCell(raw: string | undefined, known: ReadonlySet<string>): { value: CellRef | null; notices: string[] } {
  if (!raw) return { value: null, notices: [] };
  const [actor, dimension] = raw.split(':');
  if (actor && dimension && known.has(actor) && isDimensionKey(dimension)) return { value: { actor, dimension }, notices: [] };
  return { value: null, notices: [`Unknown cell "${raw}" ignored.`] };
}

export function parseCompareParams(sp: SearchParams, vocab: CompareVocabulary, today: string = todayIso()): { params: CompareParams; notices: string[] } {
  const actors = parseSlugs(sp, 'actors', vocab.actorSlugs, 'actor', vocab.actorNames);
  const dims = parseDimensions(sp, 'dims');
  const asOf = parseAsOf(sp, today);
  const kind = parseKind(sp);
  const region = parseChoice(sp, 'region', vocab.regions, 'region');
  const group = parseChoice(sp, 'group', vocab.groups, 'group');
  const value = parseValueFilter(param(sp, 'value'));
  const minConfidence = parseMinConfidence(sp);
  const sort = parseSort(param(sp, 'sort'));
  const cell = parseCell(param(sp, 'cell'), vocab.actorSlugs);
  const view = parseChoice(sp, 'view', MATRIX_VIEWS, 'view');
  const page = parsePageNumber(param(sp, 'page'));
  const columns = parseChoice(sp, 'columns', [CODED_COLUMNS], 'columns choice');
  const evidence = parseChoice(sp, 'evidence', [OWN_WORDS], 'evidence filter');
  const params: CompareParams = {
    actors: actors.value,
    dims: dims.value ?? [...DIMENSION_KEYS],
    asOf: asOf.value,
    kind: kind.value,
    region: region.value,
    group: group.value,
    value: value.value,
    minConfidence: minConfidence.value,
    sort: sort.value,
    cell: cell.value,
    showUndocumented: param(sp, 'undocumented') === 'show',
    view: (view.value as MatrixView | null) ?? 'full',
    codedColumns: columns.value !== null,
    ownWords: evidence.value !== null,
  };
  if (page.value > 1) params.page = page.value;
  if (listParam(sp, 'actors').length > 0 && params.actors.length === 0) {
    actors.notices.push('None of the requested actors is known; showing the default view instead.');
  }
  const notices = [actors, dims, asOf, kind, region, group, value, minConfidence, sort, cell, view, columns, evidence, page].flatMap((p) => p.notices);
  return { params, notices };
}

/** Every key of the query string: the parameters, plus their URL spellings where they differ. */
type CompareQueryKey = keyof CompareParams | 'undocumented' | 'evidence' | 'columns';

/**
 * The query string for a view; `overrides` replace single parameters (null removes one). The page is kept (a cell
 * opened on page 3 stays on page 3); links that change the scope pass `page: null`.
 */
export function compareQuery(p: CompareParams, overrides: Partial<Record<CompareQueryKey, string | null>> = {}): string {
  const base: Record<CompareQueryKey, string | null> = {
    actors: p.actors.length ? p.actors.join(',') : null,
    dims: p.dims.length === DIMENSION_KEYS.length ? null : p.dims.join(','),
    asOf: p.asOf,
    kind: p.kind,
    region: p.region,
    group: p.group,
    value: p.value ? `${p.value.dimension}:${p.value.value}` : null,
    minConfidence: p.minConfidence,
    evidence: p.ownWords ? OWN_WORDS : null,
    columns: p.codedColumns ? CODED_COLUMNS : null,
    sort: p.sort.key === 'name' && !p.sort.desc ? null : `${p.sort.desc ? '-' : ''}${p.sort.key}`,
    cell: p.cell ? `${p.cell.actor}:${p.cell.dimension}` : null,
    showUndocumented: null,
    undocumented: p.showUndocumented ? 'show' : null,
    view: p.view === 'full' ? null : p.view,
    codedColumns: null,
    ownWords: null,
    page: p.page && p.page > 1 ? String(p.page) : null,
  };
  // `showUndocumented` is written as `undocumented=show`; an override of either key sets it. The two flags are written
  // as `evidence` and `columns`.
  const merged = { ...base, ...overrides };
  const { showUndocumented, codedColumns: _c, ownWords: _o, ...query } = merged;
  if (showUndocumented !== null && showUndocumented !== undefined && !('undocumented' in overrides)) query.undocumented = showUndocumented;
  return toQuery(query);
}

/**
 * `compareQuery(p, { cell })` for every cell of one matrix, serialised once: a page has hundreds of cells, and nuqs
 * took ~20 µs a link. The query is written with a placeholder cell, which each link replaces by its own; a cell
 * value nuqs would encode (anything beyond letters, digits, `-`, `_` and `:`) takes the full path instead (`_` is
 * unreserved, so `transit_states` never needs it).
 */
export function cellQueryBuilder(p: CompareParams): (actor: string, dimension: DimensionKey) => string {
  const placeholder = 'CELLPLACEHOLDER';
  const template = compareQuery(p, { cell: placeholder });
  return (actor, dimension) => {
    const cell = `${actor}:${dimension}`;
    return /^[a-z0-9:_-]+$/.test(cell) ? template.replace(placeholder, cell) : compareQuery(p, { cell });
  };
}

/** The matrix narrowed to one actor with one cell's evidence open (links from the evidence deep link and elsewhere). */
export function compareCellQuery(actor: string, dimension: DimensionKey, asOf: string): string {
  const p: CompareParams = {
    actors: [actor],
    dims: [...DIMENSION_KEYS],
    asOf,
    kind: null,
    region: null,
    group: null,
    value: null,
    minConfidence: null,
    sort: { key: 'name', desc: false },
    cell: { actor, dimension },
    showUndocumented: false,
    view: 'full',
    codedColumns: false,
    ownWords: false,
  };
  return compareQuery(p);
}
