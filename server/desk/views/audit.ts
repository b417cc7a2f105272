import 'server-only';
import { listAuditRows, listAuditVocabulary } from '@/db/queries/desk';
import { auditQuery, DESK_PAGE_SIZE, parseAuditParams } from '@/lib/url/desk-params';
import { deskAuditHref } from '@/lib/url/hrefs';
import type { SearchParams } from '@/lib/url/search-params';
import { deskView } from './load';

/** The audit log, newest first, filtered by record kind and action (URL state), one page at a time. */
export const loadAuditLog = (sp: SearchParams) =>
  deskView(deskAuditHref(), async () => {
    const vocabulary = await listAuditVocabulary();
    const { params, notices } = parseAuditParams(sp, vocabulary);
    const rows = await listAuditRows({ entity: params.entity, action: params.action, limit: DESK_PAGE_SIZE + 1, offset: (params.page - 1) * DESK_PAGE_SIZE });
    return {
      params,
      notices,
      vocabulary,
      rows: rows.slice(0, DESK_PAGE_SIZE),
      newer: params.page > 1 ? deskAuditHref(auditQuery(params, params.page - 1)) : null,
      older: rows.length > DESK_PAGE_SIZE ? deskAuditHref(auditQuery(params, params.page + 1)) : null,
    };
  });
