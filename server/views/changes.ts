import 'server-only';
import { listActors } from '@/db/queries/actors';
import { listChanges, listDocumentChanges } from '@/db/queries/changes';
import { getDatasetMeta } from '@/db/queries/meta';
import { parseChangesParams } from '@/lib/url/changes-params';
import type { SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const loadPage = viewLoader(async (key: string) => {
  const actors = await listActors();
  const { params, notices } = parseChangesParams(fromSearchKey(key), new Set(actors.map((a) => a.slug)));
  return { params, notices, actors, rows: await listDocumentChanges(params) };
});

const loadFeed = viewLoader(async (key: string) => {
  const actors = await listActors();
  const { params } = parseChangesParams(fromSearchKey(key), new Set(actors.map((a) => a.slug)));
  const [items, meta] = await Promise.all([listChanges(params), getDatasetMeta()]);
  return { params, actors, items, meta };
});

/** /changes: documents with the changes they made, newest first. */
export const loadChangesView = (sp: SearchParams) => loadPage(searchKey(sp));
/** /changes.atom: the same filters, one entry per document or change. */
export const loadChangesFeed = (sp: SearchParams) => loadFeed(searchKey(sp));
