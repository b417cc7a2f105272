import 'server-only';
import { getCodingForDesk } from '@/db/queries/desk-codings';
import { proposeCorrectionHref } from '@/lib/url/hrefs';
import { param, type SearchParams } from '@/lib/url/search-params';
import { readSourceWorkbench } from '@/server/sources/workbench';
import { deskView } from './load';

/** The correction form of one coding (`?coding=<id>`): the coding as it stands (or null), and its document's stored source. */
export const loadProposeCorrection = (sp: SearchParams) =>
  deskView(proposeCorrectionHref(param(sp, 'coding') ?? ''), async () => {
    const raw = param(sp, 'coding');
    const coding = raw && /^\d{1,12}$/.test(raw) ? await getCodingForDesk(Number(raw)) : null;
    // The stored source beside the form, so a corrected quote can be selected in the document (issue 21).
    return { requested: raw ?? null, coding, source: coding?.current ? await readSourceWorkbench(coding.document.slug) : null };
  });
