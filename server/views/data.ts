import 'server-only';
import { getDataset } from '@/db/queries/dataset';
import { readReleaseNotes } from '@/db/queries/release-notes';
import { viewLoader } from './cache';

/** /data and /api/v1/dataset: the whole dataset from the database, and the release notes shipped with the seed. */
const load = viewLoader(async () => ({ data: await getDataset(), notes: readReleaseNotes() }));
export const loadDataView = () => load('data');
