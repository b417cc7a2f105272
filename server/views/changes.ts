import 'server-only';
import { listActors } from '@/db/queries/actors';
import { listChanges, listDocumentChanges } from '@/db/queries/changes';
import { listCorrections } from '@/db/queries/corrections';
import { getDatasetMeta } from '@/db/queries/meta';
import { spelledOtherwise } from '@/lib/url/actors-param';
import { changesQuery, parseChangesParams } from '@/lib/url/changes-params';
import { changesHref } from '@/lib/url/hrefs';
import { nameIndex, type SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const loadPage = viewLoader(async (key: string) => {
  const actors = await listActors();
  const sp = fromSearchKey(key);
  const { params, notices } = parseChangesParams(sp, nameIndex(actors));
  const canonical = spelledOtherwise(sp, params.actors, ['actor']) ? changesHref(changesQuery(params)) : null;
  const [rows, corrections] = await Promise.all([listDocumentChanges(params), listCorrections(params)]);
  const chosen = params.actors.map((slug) => actors.find((a) => a.slug === slug)!);
  return { canonical, params, notices, actors, chosen, rows, corrections };
});

const loadFeed = viewLoader(async (key: string) => {
  const actors = await listActors();
  const { params } = parseChangesParams(fromSearchKey(key), nameIndex(actors));
  const [items, corrections, meta] = await Promise.all([listChanges(params), listCorrections(params), getDatasetMeta()]);
  const chosen = params.actors.map((slug) => actors.find((a) => a.slug === slug)!);
  return { params, actors, chosen, items, corrections, meta };
});

/** /changes: documents with the changes they made, newest first, for every actor or the chosen ones. */
export const loadChangesView = (sp: SearchParams) => loadPage(searchKey(sp));
/** /changes.atom: the same filters, one entry per document or change. */
export const loadChangesFeed = (sp: SearchParams) => loadFeed(searchKey(sp));
