import 'server-only';
import { listActors } from '@/db/queries/actors';
import { proposeDocumentHref } from '@/lib/url/hrefs';
import { param, type SearchParams } from '@/lib/url/search-params';
import { deskView } from './load';

export type ActorOption = { slug: string; name: string; kind: string; documentCount: number };

/** The new-document form: every actor for the pickers, and the one chosen in the link (`?actor=`), if tracked. */
export const loadProposeDocument = (sp: SearchParams) =>
  deskView(proposeDocumentHref(param(sp, 'actor')), async () => {
    const actors: ActorOption[] = (await listActors()).map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, documentCount: a.documentCount }));
    const wanted = param(sp, 'actor');
    return { actors, initialActor: wanted && actors.some((a) => a.slug === wanted) ? wanted : '' };
  });
