import 'server-only';
import { listGroups, listRegions } from '@/db/queries/actors';
import { getStateCoverage } from '@/db/queries/coverage';
import { getDimensionView } from '@/db/queries/dimension-view';
import { getDimensionWording } from '@/db/queries/dimension-wording';
import { listSourcedDocumentSlugs } from '@/db/queries/sources';
import { DIMENSION_LABELS, isDimensionKey } from '@/lib/domain/codebook';
import { coverageOf, gapText } from '@/lib/domain/coverage';
import { parseDimensionParams, parseWordingActors } from '@/lib/url/dimension-params';
import type { SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const { dimension, sp } = JSON.parse(key) as { dimension: string; sp: string };
  if (!isDimensionKey(dimension)) return null;
  const [regions, groups] = await Promise.all([listRegions(), listGroups()]);
  const search = fromSearchKey(sp);
  const { params, notices } = parseDimensionParams(search, { regions, groups: groups.map((g) => g.slug) });
  const [view, coverage] = await Promise.all([getDimensionView(dimension, params), getStateCoverage(params.to, [dimension])]);
  const all = coverage[dimension]!;
  // In this view: the States of the view's own count (those listed and those left out for having no document at all).
  const filtered = Boolean(params.region || params.group || params.kind || params.from);
  const gap = filtered ? gapText(coverageOf(view.states), DIMENSION_LABELS[dimension]) : null;
  // Side by side (`wording=`): any of the actors listed in this view, their coded documents on the dimension by date.
  const options = view.rows.map((r) => ({ slug: r.actor.slug, name: r.actor.name })).sort((a, b) => a.name.localeCompare(b.name));
  const wording = parseWordingActors(search, new Set(options.map((o) => o.slug)));
  const columns = await getDimensionWording(dimension, wording.value, params.to);
  return {
    dimension,
    params,
    notices: [...notices, ...wording.notices],
    view,
    regions,
    groups,
    all,
    gap,
    wording: { options, chosen: wording.value, columns },
    // Quotes of documents with a stored source get "read in context" links (issue 21).
    sourced: wording.value.length > 0 ? await listSourcedDocumentSlugs() : new Set<string>(),
  };
});

/** /dimensions/[key] and /api/v1/dimensions/[key]: one dimension across actors; null for an unknown dimension. */
export const loadDimensionView = (dimension: string, sp: SearchParams) => load(JSON.stringify({ dimension, sp: searchKey(sp) }));
