import 'server-only';
import { getCellEvidence } from '@/db/queries/evidence';
import { listActorSlugs } from '@/db/queries/scope';
import { parseEvidenceParams } from '@/lib/url/evidence-params';
import type { SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const { params, notices } = parseEvidenceParams(fromSearchKey(key), await listActorSlugs());
  const cell = params.actor && params.dim ? await getCellEvidence(params.actor, params.dim, params.asOf) : null;
  return { params, notices, cell };
});

/** /compare/evidence: one cell's evidence, the same panel data as on /compare. */
export const loadEvidenceView = (sp: SearchParams) => load(searchKey(sp));
