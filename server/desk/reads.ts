import 'server-only';
import { readView } from '@/db/client';
import { getActorBySlug, listActors } from '@/db/queries/actors';
import { getAuthoredDocument } from '@/db/queries/documents';
import { listPositionsAsOf } from '@/db/queries/positions';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';

/** Every actor, for the desk's actor and co-author pickers. */
export const actorsForPicker = () => readView(() => listActors());

/** An actor's published position on every dimension as of a day (the "before" of a review). */
export const positionOf = (actorId: number, asOf: string) =>
  readView(async () => (await listPositionsAsOf({ asOf, dimensions: DIMENSION_KEYS, actorIds: [actorId] }))[0] ?? null);

/** One actor by slug (id and name for the desk's headings and previews), or null. */
export const actorBySlug = (slug: string) => readView(() => getActorBySlug(slug));

/** A document as one of its authors sees it, or null when that actor did not author it. */
export const authoredDocument = (documentSlug: string, actorSlug: string) => readView(() => getAuthoredDocument(documentSlug, actorSlug));
