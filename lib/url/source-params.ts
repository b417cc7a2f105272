/**
 * Parameters of /sources/[document] (a stored source read in context): `page` (1-based page or section), `passage`
 * (the id of a quote to highlight; its page is shown when `page` is absent) and `q` (search words to mark, from
 * /search). Parsed with notices, never throwing; written once for every link.
 */
import { param, toQuery, type SearchParams } from './search-params';

export type SourceParams = { page: number | null; passage: number | null; q: string | null };

const positiveInt = (raw: string | undefined) => (raw !== undefined && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null);
const MAX_Q = 200;

export function parseSourceParams(sp: SearchParams): { params: SourceParams; notices: string[] } {
  const notices: string[] = [];
  const rawPage = param(sp, 'page');
  const page = positiveInt(rawPage);
  if (rawPage !== undefined && page === null) notices.push(`"${rawPage.slice(0, 40)}" is not a page number; showing the first page.`);
  const rawPassage = param(sp, 'passage');
  const passage = positiveInt(rawPassage);
  if (rawPassage !== undefined && passage === null) notices.push(`"${rawPassage.slice(0, 40)}" is not a passage number; no quote is highlighted.`);
  const q = param(sp, 'q')?.slice(0, MAX_Q) ?? null;
  return { params: { page, passage, q }, notices };
}

/** The query string of a link to the reading view ('' when everything is default). */
export function sourceQuery(p: Partial<SourceParams>): string {
  return toQuery({ page: p.page ? String(p.page) : null, passage: p.passage ? String(p.passage) : null, q: p.q || null });
}
