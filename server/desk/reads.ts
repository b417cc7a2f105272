import 'server-only';
import { readView } from '@/db/client';
import { listActors } from '@/db/queries/actors';
import { listPositionsAsOf } from '@/db/queries/positions';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';

/** Every actor, for the desk's actor and co-author pickers. */
export const actorsForPicker = () => readView(() => listActors());

/** An actor's published position on every dimension as of a day (the "before" of a review). */
export const positionOf = (actorId: number, asOf: string) =>
  readView(async () => (await listPositionsAsOf({ asOf, dimensions: DIMENSION_KEYS, actorIds: [actorId] }))[0] ?? null);
