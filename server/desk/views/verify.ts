import 'server-only';
import {
  listContextQuotes,
  listLowConfidenceApplicability,
  listStateCoverage,
  listStatesWithoutDocuments,
  listUncodedDocuments,
} from '@/db/queries/desk-queue';
import { listQuotesNotFound, listSourcedUncoded } from '@/db/queries/source-queue';
import { paginate } from '@/lib/compare/paging';
import { buildQueue, filterQueue, queueActors } from '@/lib/desk/verify-queue';
import { DESK_PAGE_SIZE, parseVerifyParams, verifyQuery } from '@/lib/url/desk-params';
import { deskVerifyHref } from '@/lib/url/hrefs';
import type { SearchParams } from '@/lib/url/search-params';
import { deskView } from './load';

/** The verification queue: every item, filtered by kind, actor and dimension (URL state), one page at a time. */
export const loadVerifyQueue = (sp: SearchParams) =>
  deskView(deskVerifyHref(), async () => {
    const [sourcedUncoded, quotesNotFound, lowConfidence, contextQuotes, uncodedDocuments, stateCoverage, noDocument] = await Promise.all([
      listSourcedUncoded(),
      listQuotesNotFound(),
      listLowConfidenceApplicability(),
      listContextQuotes(),
      listUncodedDocuments(),
      listStateCoverage(),
      listStatesWithoutDocuments(),
    ]);
    const all = buildQueue({ sourcedUncoded, quotesNotFound, lowConfidence, contextQuotes, uncodedDocuments, stateCoverage, noDocument });
    const actors = queueActors(all);
    const { params, notices } = parseVerifyParams(sp, new Set(actors.map((a) => a.slug)));
    const { items, countsByKind } = filterQueue(all, params);
    const paged = paginate(items.length, { page: params.page, pageSize: DESK_PAGE_SIZE });
    return {
      params,
      notices: [...notices, ...paged.notices],
      actors,
      countsByKind,
      total: all.length,
      page: paged.info,
      items: items.slice(paged.info.start, paged.info.end),
      hrefOfPage: (n: number) => deskVerifyHref(verifyQuery(params, { page: n })),
    };
  });
