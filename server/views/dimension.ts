import 'server-only';
import { listGroups, listRegions } from '@/db/queries/actors';
import { getStateCoverage } from '@/db/queries/coverage';
import { getDimensionView } from '@/db/queries/dimension-view';
import { DIMENSION_LABELS, isDimensionKey } from '@/lib/domain/codebook';
import { coverageOf, gapText } from '@/lib/domain/coverage';
import { parseDimensionParams } from '@/lib/url/dimension-params';
import type { SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const { dimension, sp } = JSON.parse(key) as { dimension: string; sp: string };
  if (!isDimensionKey(dimension)) return null;
  const [regions, groups] = await Promise.all([listRegions(), listGroups()]);
  const { params, notices } = parseDimensionParams(fromSearchKey(sp), { regions, groups: groups.map((g) => g.slug) });
  const [view, coverage] = await Promise.all([getDimensionView(dimension, params), getStateCoverage(params.to, [dimension])]);
  const all = coverage[dimension]!;
  // In this view: States among the rows without a finding, plus States left out for having no document at all.
  const inView = coverageOf(view.rows.filter((r) => r.actor.kind === 'state').map((r) => r.cells[0]!.outcome));
  const filtered = Boolean(params.region || params.group || params.kind || params.from);
  const noDocument = inView.noDocument + (params.kind === null || params.kind === 'state' ? view.undocumented : 0);
  const gap = filtered ? gapText({ notCoded: inView.notCoded, noDocument }, DIMENSION_LABELS[dimension]) : null;
  return { dimension, params, notices, view, regions, groups, all, gap };
});

/** /dimensions/[key] and /api/v1/dimensions/[key]: one dimension across actors; null for an unknown dimension. */
export const loadDimensionView = (dimension: string, sp: SearchParams) => load(JSON.stringify({ dimension, sp: searchKey(sp) }));
