/** Parameters of /changes and /changes.atom: actors, period (YYYY, YYYY-MM or YYYY-MM-DD), what to show, page. */
import { parsePartialDate } from '@/lib/domain/dates';
import { parseActorsParam } from '@/lib/url/actors-param';
import { param, parseChoice, toQuery, type SearchParams } from '@/lib/url/search-params';

/** `actors`: slugs, in the order chosen; empty = every actor. */
export type ChangesParams = { actors: string[]; from: string | null; to: string | null; changesOnly: boolean; page: number };

/** Documents per page of /changes. */
export const CHANGES_PAGE_SIZE = 25;

/**
 * `names`: every name, alias and slug a reader may use for an actor, to its slug (actorNameIndex). `actor=` (one
 * actor, the parameter before several could be chosen) is read as `actors=`.
 */
export function parseChangesParams(sp: SearchParams, names: ReadonlyMap<string, string>): { params: ChangesParams; notices: string[] } {
  const actors = parseActorsParam(sp, names, ['actor']);
  const show = parseChoice(sp, 'show', ['all', 'changes'], 'choice of what to show');
  const notices = [...actors.notices, ...show.notices];
  const bound = (key: 'from' | 'to') => {
    const raw = param(sp, key);
    if (!raw) return null;
    const d = parsePartialDate(raw);
    if (!d) {
      notices.push(`"${raw}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD; ignored.`);
      return null;
    }
    // A period bound covers its whole period: from 2021 = from 2021-01-01, to 2021 = to 2021-12-31.
    return key === 'to' ? d.effective : `${raw}${'-01'.repeat((10 - raw.length) / 3)}`;
  };
  const from = bound('from');
  const to = bound('to');
  if (from && to && from > to) notices.push(`The period ends (${to}) before it starts (${from}), so nothing falls in it.`);
  const rawPage = param(sp, 'page');
  const page = rawPage === undefined ? 1 : Math.floor(Number(rawPage));
  if (rawPage !== undefined && !(page >= 1)) notices.push(`"${rawPage}" is not a page number; showing the first page.`);
  return { params: { actors: actors.value, from, to, changesOnly: show.value === 'changes', page: page >= 1 ? page : 1 }, notices };
}

export function changesQuery(p: ChangesParams, page: number | null = p.page): string {
  return toQuery({ actors: p.actors, from: p.from, to: p.to, show: p.changesOnly ? 'changes' : null, page: page && page > 1 ? String(page) : null });
}
