/** Parameters of /changes and /changes.atom: actor, period (YYYY, YYYY-MM or YYYY-MM-DD) and page. */
import { parsePartialDate } from './dates';
import { param, parseSlugs, toQuery, type SearchParams } from './search-params';

export type ChangesParams = { actor: string | null; from: string | null; to: string | null; page: number };

export const CHANGES_PAGE_SIZE = 50;

export function parseChangesParams(sp: SearchParams, actorSlugs: ReadonlySet<string>): { params: ChangesParams; notices: string[] } {
  const actor = parseSlugs(sp, 'actor', actorSlugs);
  const notices = [...actor.notices];
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
  const page = Math.max(1, Math.floor(Number(param(sp, 'page') ?? '1')) || 1);
  return { params: { actor: actor.value[0] ?? null, from: bound('from'), to: bound('to'), page }, notices };
}

export function changesQuery(p: ChangesParams, page: number | null = p.page): string {
  return toQuery({ actor: p.actor, from: p.from, to: p.to, page: page && page > 1 ? String(page) : null });
}
