import 'server-only';
import { getDatasetMeta } from '@/db/queries/meta';
import { viewLoader } from './cache';

/** /method: the codebook is static; the dataset's version and date come from the database. */
const load = viewLoader(async () => ({ meta: await getDatasetMeta() }));
export const loadMethodView = () => load('method');
