import 'server-only';
import { listActors, listGroups, listRegions } from '@/db/queries/actors';
import { getCompareView } from '@/db/queries/compare';
import { getStateCoverage } from '@/db/queries/coverage';
import { getCellEvidence } from '@/db/queries/evidence';
import { getDatasetMeta } from '@/db/queries/meta';
import { COMPARE_PAGE_SIZE } from '@/lib/compare/paging';
import { valueCountText } from '@/lib/compare/view-summary';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import { gapText } from '@/lib/domain/coverage';
import { parseCompareParams } from '@/lib/url/compare-params';
import { nameIndex, type SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

/**
 * Everything /compare and /api/v1/compare show, from one snapshot: 5 queries for the lists and the dataset release +
 * the matrix's own. Both
 * show the same page of actors (`page`, COMPARE_PAGE_SIZE rows), so an export of the view is the rows on screen.
 */
const load = viewLoader(async (key: string) => {
  const [actors, regions, groups] = await Promise.all([listActors(), listRegions(), listGroups()]);
  const vocab = { actorSlugs: new Set(actors.map((a) => a.slug)), actorNames: nameIndex(actors), regions, groups: groups.map((g) => g.slug) };
  const { params, notices } = parseCompareParams(fromSearchKey(key), vocab);
  const [view, coverage, meta] = await Promise.all([
    getCompareView(params, { page: params.page ?? 1, pageSize: COMPARE_PAGE_SIZE }),
    getStateCoverage(params.asOf, params.dims),
    getDatasetMeta(),
  ]);
  notices.push(...view.pageNotices);
  const gap = view.filterGap ? gapText(view.filterGap, DIMENSION_LABELS[view.filterGap.dimension]) : null;
  const valueCount = view.valueCount && { ...view.valueCount, text: valueCountText(view.valueCount, params.asOf) };
  const cell = params.cell ? await getCellEvidence(params.cell.actor, params.cell.dimension, params.asOf) : null;
  return { params, notices, view, coverage, valueCount, gap, cell, actors, regions, groups, release: { version: meta.datasetRelease, date: meta.releaseDate } };
});

export type CompareViewData = Awaited<ReturnType<typeof load>>;
export const loadCompareView = (sp: SearchParams) => load(searchKey(sp));
