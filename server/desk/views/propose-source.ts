import 'server-only';
import { getDocumentSource } from '@/db/queries/sources';
import { proposeSourceHref } from '@/lib/url/hrefs';
import { param, type SearchParams } from '@/lib/url/search-params';
import { deskView } from './load';

/** "Attach the source file": the tracked document (`?document=`), its authors, and the source we hold now, if any. */
export const loadProposeSource = (sp: SearchParams) => {
  const slug = param(sp, 'document') ?? '';
  return deskView(proposeSourceHref(slug), async () => {
    const found = slug ? await getDocumentSource(slug) : null;
    if (!found) return { found: false as const, slug };
    const { document, authors, source } = found;
    return { found: true as const, document, authors, current: source ? { fileName: source.fileName, sha256: source.sha256 } : null };
  });
};
