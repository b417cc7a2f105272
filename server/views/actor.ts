import 'server-only';
import { getActorBySlug, listGroupsOf, listLiteratureAbout, listMembersAsOf } from '@/db/queries/actors';
import { listActorEvents } from '@/db/queries/changes';
import { listActorDocuments } from '@/db/queries/documents';
import { listActorEvidence, listPositionsAsOf } from '@/db/queries/positions';
import { listSourcedDocumentSlugs } from '@/db/queries/sources';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { changedPair } from '@/lib/timeline/diff';
import { actorPositionCharts } from '@/lib/timeline/position-charts';
import { actorDocumentPage } from '@/lib/documents/actor-document-pages';
import { param, parseAsOf, type SearchParams } from '@/lib/url/search-params';
import { viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const { slug, asOf: rawAsOf } = JSON.parse(key) as { slug: string; asOf?: string };
  const actor = await getActorBySlug(slug);
  if (!actor) return null;
  const today = todayIso();
  // Bloc membership is dated: `?asOf=` shows the members on another day (bad dates fall back to today, with no error).
  const asOf = parseAsOf(rawAsOf ? { asOf: rawAsOf } : {}, today).value;
  const [docs, groups, members, reading, positions, events, evidence] = await Promise.all([
    listActorDocuments(actor.id),
    listGroupsOf(actor.id),
    listMembersAsOf(actor.id, asOf),
    listLiteratureAbout(actor.id),
    listPositionsAsOf({ asOf: today, dimensions: DIMENSION_KEYS, actorIds: [actor.id] }),
    listActorEvents(actor.id),
    listActorEvidence([actor.id]),
  ]);
  // Documents with a stored source get "read in context" links on their quotes.
  const sourced = await listSourcedDocumentSlugs();
  const steps = actorPositionCharts(actor.name, DIMENSION_KEYS, evidence[0] ?? { documents: [], codings: [] }, today);
  return {
    actor,
    today,
    asOf,
    docs,
    groups,
    members,
    reading,
    position: positions[0] ?? null,
    events,
    positions: steps,
    diffPair: changedPair(events),
    sourced,
  };
});

/**
 * An actor's page: header, position today and over time, documents (one page of cards: `?page=`,
 * lib/documents/actor-document-pages.ts), members on `asOf`, further reading; null if unknown.
 */
export const loadActorView = async (slug: string, sp: SearchParams = {}) => {
  const asOf = sp.asOf;
  // The page is cut from the whole list, which is read (and memoised) once per actor and date, whatever the page.
  const view = await load(JSON.stringify({ slug, asOf: Array.isArray(asOf) ? asOf[0] : asOf }));
  if (!view) return null;
  // Links to other pages keep a valid `asOf` as given; one that fell back to today is not repeated.
  const asOfParam = param(sp, 'asOf') === view.asOf ? view.asOf : null;
  return { ...view, documentPage: actorDocumentPage(view.docs, param(sp, 'page')), asOfParam };
};

export type ActorViewData = NonNullable<Awaited<ReturnType<typeof loadActorView>>>;
