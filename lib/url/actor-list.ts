/**
 * The /actors list: parameters (kind, region, documents, sort, page) and sorting. Pure, so the page and its tests share it.
 * Every UN member State is listed; "no document tracked" is a row of its own kind, not a blank.
 */
import type { Outcome } from '@/lib/domain/as-of';
import { outcomeRank } from '@/lib/compare/compare-rows';
import { ACTOR_KIND_LABELS, type ActorKind } from '@/lib/domain/vocabulary';
import { parsePageNumber } from '@/lib/compare/paging';
import { param, parseChoice, parseKind, toQuery, type SearchParams } from '@/lib/url/search-params';

export const ACTOR_SORT_KEYS = ['name', 'kind', 'region', 'documents', 'applicability'] as const;
export type ActorSortKey = (typeof ACTOR_SORT_KEYS)[number];
export const DOCUMENT_FILTERS = ['with', 'without'] as const;

export type ActorListParams = {
  kind: ActorKind | null;
  region: string | null;
  /** `with`: only actors with a tracked document; `without`: only those with none. */
  documents: (typeof DOCUMENT_FILTERS)[number] | null;
  sort: { key: ActorSortKey; desc: boolean };
  /** 1-based page of ACTOR_PAGE_SIZE rows (lib/compare/paging.ts). */
  page: number;
};

export type ActorListItem = { slug: string; name: string; kind: ActorKind; region: string | null; documentCount: number; applicability: Outcome };

export function parseActorListParams(sp: SearchParams, regions: readonly string[]): { params: ActorListParams; notices: string[] } {
  const kind = parseKind(sp);
  const region = parseChoice(sp, 'region', regions, 'region');
  const documents = parseChoice(sp, 'documents', DOCUMENT_FILTERS, 'documents filter');
  const rawSort = param(sp, 'sort') ?? 'name';
  const desc = rawSort.startsWith('-');
  const key = (desc ? rawSort.slice(1) : rawSort) as ActorSortKey;
  const known = (ACTOR_SORT_KEYS as readonly string[]).includes(key);
  const page = parsePageNumber(param(sp, 'page'));
  const notices = [
    ...kind.notices,
    ...region.notices,
    ...documents.notices,
    ...(known ? [] : [`Unknown sort "${rawSort}" ignored; sorted by name.`]),
    ...page.notices,
  ];
  return {
    params: {
      kind: kind.value,
      region: region.value,
      documents: documents.value as ActorListParams['documents'],
      sort: known ? { key, desc } : { key: 'name', desc: false },
      page: page.value,
    },
    notices,
  };
}

/** The list's URL; a new sort or filter starts again at page 1 unless `page` is given. */
export function actorListQuery(p: ActorListParams, overrides: Partial<Record<'kind' | 'region' | 'documents' | 'sort' | 'page', string | null>> = {}): string {
  const sort = p.sort.key === 'name' && !p.sort.desc ? null : `${p.sort.desc ? '-' : ''}${p.sort.key}`;
  return toQuery({ kind: p.kind, region: p.region, documents: p.documents, sort, page: null, ...overrides });
}

/** The same list on page `n` (page 1 has no parameter, so it keeps its short address). */
export const actorListPageQuery = (p: ActorListParams, n: number) => actorListQuery(p, { page: n > 1 ? String(n) : null });

export function filterAndSortActors<T extends ActorListItem>(rows: readonly T[], p: ActorListParams): T[] {
  const kept = rows.filter((r) => (p.documents === 'with' ? r.documentCount > 0 : p.documents === 'without' ? r.documentCount === 0 : true));
  const by = (a: T, b: T): number => {
    switch (p.sort.key) {
      case 'kind':
        return ACTOR_KIND_LABELS[a.kind].localeCompare(ACTOR_KIND_LABELS[b.kind]);
      case 'region':
        // Actors without a region (organisations) sort last.
        return (a.region ?? '\uffff').localeCompare(b.region ?? '\uffff');
      case 'documents':
        return a.documentCount - b.documentCount;
      case 'applicability':
        return outcomeRank('applicability', a.applicability) - outcomeRank('applicability', b.applicability);
      default:
        return 0;
    }
  };
  const sign = p.sort.desc ? -1 : 1;
  return [...kept].sort((a, b) => sign * (by(a, b) || (p.sort.key === 'name' ? a.name.localeCompare(b.name) : 0)) || a.name.localeCompare(b.name));
}
