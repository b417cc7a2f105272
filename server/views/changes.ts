import 'server-only';
import { listActors } from '@/db/queries/actors';
import { listChanges, listDocumentChanges } from '@/db/queries/changes';
import { listCorrections } from '@/db/queries/corrections';
import { listDocumentCorrections } from '@/db/queries/document-revisions';
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
  const [rows, corrections, documentCorrections] = await Promise.all([listDocumentChanges(params), listCorrections(params), listDocumentCorrections(params)]);
  const chosen = params.actors.map((slug) => actors.find((a) => a.slug === slug)!);
  return { canonical, params, notices, actors, chosen, rows, corrections, documentCorrections };
});

const loadFeed = viewLoader(async (key: string) => {
  const actors = await listActors();
  const { params } = parseChangesParams(fromSearchKey(key), nameIndex(actors));
  const [items, corrections, documentCorrections, meta] = await Promise.all([
    listChanges(params),
    listCorrections(params),
    listDocumentCorrections(params),
    getDatasetMeta(),
  ]);
  const chosen = params.actors.map((slug) => actors.find((a) => a.slug === slug)!);
  return { params, actors, chosen, items, corrections, documentCorrections, meta };
});

/**
 * /changes: documents with the changes they made, newest first, for every actor or the chosen ones; apart from them,
 * corrections of our coding and of documents' own records.
 */
export const loadChangesView = (sp: SearchParams) => loadPage(searchKey(sp));
/** /changes.atom: the same filters, one entry per document or change. */
export const loadChangesFeed = (sp: SearchParams) => loadFeed(searchKey(sp));
