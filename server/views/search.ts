import 'server-only';
import { searchDocuments, searchLiterature } from '@/db/queries/search';
import { param, type SearchParams } from '@/lib/url/search-params';
import { viewLoader } from './cache';

const load = viewLoader(async (q: string) => {
  const [hits, literature] = q ? await Promise.all([searchDocuments(q), searchLiterature(q)]) : [[], []];
  return { q, hits, literature };
});

/** /search: full-text hits for `q` among documents and quotes, and literature apart (blank = no search). */
export const loadSearchView = (sp: SearchParams) => load(param(sp, 'q') ?? '');
