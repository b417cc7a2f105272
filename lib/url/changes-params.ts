/** Parameters of /changes and /changes.atom: actor, period (YYYY, YYYY-MM or YYYY-MM-DD), what to show, page. */
import { parsePartialDate } from '@/lib/domain/dates';
import { param, parseChoice, parseSlugs, toQuery, type SearchParams } from '@/lib/url/search-params';

export type ChangesParams = { actor: string | null; from: string | null; to: string | null; changesOnly: boolean; page: number };

/** Documents per page of /changes. */
export const CHANGES_PAGE_SIZE = 25;

export function parseChangesParams(sp: SearchParams, actorSlugs: ReadonlySet<string>): { params: ChangesParams; notices: string[] } {
  const actor = parseSlugs(sp, 'actor', actorSlugs);
  const show = parseChoice(sp, 'show', ['all', 'changes'], 'choice of what to show');
  const notices = [...actor.notices, ...show.notices];
  if (actor.value.length > 1) notices.push(`One actor at a time: showing ${actor.value[0]} only.`);
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
  return { params: { actor: actor.value[0] ?? null, from, to, changesOnly: show.value === 'changes', page: page >= 1 ? page : 1 }, notices };
}

export function changesQuery(p: ChangesParams, page: number | null = p.page): string {
  return toQuery({ actor: p.actor, from: p.from, to: p.to, show: p.changesOnly ? 'changes' : null, page: page && page > 1 ? String(page) : null });
}
