import 'server-only';
import { searchDocuments } from '@/db/queries/search';
import { param, type SearchParams } from '@/lib/url/search-params';
import { viewLoader } from './cache';

const load = viewLoader(async (q: string) => ({ q, hits: q ? await searchDocuments(q) : [] }));

/** /search: full-text hits for `q` (blank = no search). */
export const loadSearchView = (sp: SearchParams) => load(param(sp, 'q') ?? '');
