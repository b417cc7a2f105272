import 'server-only';
import { getCodingForDesk } from '@/db/queries/desk-codings';
import { proposeCorrectionHref } from '@/lib/url/hrefs';
import { param, type SearchParams } from '@/lib/url/search-params';
import { deskView } from './load';

/** The correction form of one coding (`?coding=<id>`): the coding as it stands, or null when there is none. */
export const loadProposeCorrection = (sp: SearchParams) =>
  deskView(proposeCorrectionHref(param(sp, 'coding') ?? ''), async () => {
    const raw = param(sp, 'coding');
    const coding = raw && /^\d{1,12}$/.test(raw) ? await getCodingForDesk(Number(raw)) : null;
    return { requested: raw ?? null, coding };
  });
