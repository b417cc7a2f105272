import 'server-only';
import { getStateCoverage } from '@/db/queries/coverage';
import { getDatasetMeta } from '@/db/queries/meta';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { viewLoader } from './cache';

/** /method: the codebook is static; the dataset's version and date, and today's coverage, come from the database. */
const load = viewLoader(async (today: string) => {
  const [meta, coverage] = await Promise.all([getDatasetMeta(), getStateCoverage(today, DIMENSION_KEYS)]);
  return { meta, today, coverage };
});
export const loadMethodView = () => load(todayIso());
