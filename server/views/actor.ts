import 'server-only';
import { getActorBySlug, listGroupsOf, listLiteratureAbout, listMembersAsOf } from '@/db/queries/actors';
import { listActorEvents } from '@/db/queries/changes';
import { listActorDocuments } from '@/db/queries/documents';
import { listPositionsAsOf } from '@/db/queries/positions';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { viewLoader } from './cache';

/** An actor's page: header, position today, timeline, documents, members, further reading; null for an unknown slug. */
export const loadActorView = viewLoader(async (slug: string) => {
  const actor = await getActorBySlug(slug);
  if (!actor) return null;
  const today = todayIso();
  const [docs, groups, members, reading, positions, events] = await Promise.all([
    listActorDocuments(actor.id),
    listGroupsOf(actor.id),
    listMembersAsOf(actor.id, today),
    listLiteratureAbout(actor.id),
    listPositionsAsOf({ asOf: today, dimensions: DIMENSION_KEYS, actorIds: [actor.id] }),
    listActorEvents(actor.id),
  ]);
  return { actor, today, docs, groups, members, reading, position: positions[0] ?? null, events };
});

export type ActorViewData = NonNullable<Awaited<ReturnType<typeof loadActorView>>>;
