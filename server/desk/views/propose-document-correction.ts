import 'server-only';
import { listActors } from '@/db/queries/actors';
import { proposeDocumentCorrectionHref } from '@/lib/url/hrefs';
import { param, type SearchParams } from '@/lib/url/search-params';
import { readDocumentOfActor } from './document-record';
import { deskView } from './load';

/** Correct or withdraw a document (`?document=&actor=`): the document as that actor's page shows it, its record as the form starts, the actors for its authors. */
export const loadProposeDocumentCorrection = (sp: SearchParams) => {
  const ref = { document: param(sp, 'document') ?? '', actor: param(sp, 'actor') ?? '' };
  return deskView(proposeDocumentCorrectionHref(ref), async () => {
    const found = await readDocumentOfActor(ref.document, ref.actor);
    if (!found) return { found: false as const };
    const { record } = found;
    const current = {
      ...Object.fromEntries(Object.entries(record.document).map(([k, v]) => [`document.${k}`, v])),
      authors: record.authors.map((a) => a.slug).join('\n'),
      summary: record.summary,
      notes: record.notes,
    };
    const actors = (await listActors()).map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, documentCount: a.documentCount }));
    return { found: true as const, actor: found.actor, document: found.document, current, actors };
  });
};
