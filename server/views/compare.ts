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

/** The parameters and the matrix's rows: what /api/v1/compare exports, read in the caller's snapshot. */
async function readRows(key: string) {
  const [actors, regions, groups] = await Promise.all([listActors(), listRegions(), listGroups()]);
  const vocab = { actorSlugs: new Set(actors.map((a) => a.slug)), actorNames: nameIndex(actors), regions, groups: groups.map((g) => g.slug) };
  const { params, notices } = parseCompareParams(fromSearchKey(key), vocab);
  const view = await getCompareView(params, { page: params.page ?? 1, pageSize: COMPARE_PAGE_SIZE });
  notices.push(...view.pageNotices);
  return { params, notices, view, actors, regions, groups };
}

/**
 * Everything /compare shows, from one snapshot: 5 queries for the lists and the dataset release + the matrix's own.
 * /api/v1/compare shows the same page of actors (`page`, COMPARE_PAGE_SIZE rows), so an export of the view is the
 * rows on screen; it reads only those (the coverage line of every State, the open cell and the release are the
 * page's: a third of an export's cache miss).
 */
const load = viewLoader(async (key: string) => {
  const [rows, meta] = await Promise.all([readRows(key), getDatasetMeta()]);
  const { params, view } = rows;
  const coverage = await getStateCoverage(params.asOf, params.dims);
  const gap = view.filterGap ? gapText(view.filterGap, DIMENSION_LABELS[view.filterGap.dimension]) : null;
  const valueCount = view.valueCount && { ...view.valueCount, text: valueCountText(view.valueCount, params.asOf) };
  const cell = params.cell ? await getCellEvidence(params.cell.actor, params.cell.dimension, params.asOf) : null;
  return { ...rows, coverage, valueCount, gap, cell, release: { version: meta.datasetRelease, date: meta.releaseDate } };
});

const loadRows = viewLoader(readRows);

export type CompareViewData = Awaited<ReturnType<typeof load>>;
export const loadCompareView = (sp: SearchParams) => load(searchKey(sp));
/** The rows of /compare for its exports (/api/v1/compare). */
export const loadCompareRows = (sp: SearchParams) => loadRows(searchKey(sp));
