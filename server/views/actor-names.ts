import 'server-only';
import { actorNameIndex, type NamedActor } from '@/lib/domain/actor-names';

const indexes = new WeakMap<readonly NamedActor[], ReadonlyMap<string, string>>();

/**
 * Every name a reader may type for an actor, to its slug (lib/domain/actor-names.ts). Built once per actor list:
 * `listActors()` returns the same array for a content version, so a new publish or import builds a new index.
 */
export function actorNamesOf(actors: readonly NamedActor[]): ReadonlyMap<string, string> {
  let index = indexes.get(actors);
  if (!index) {
    index = actorNameIndex(actors);
    indexes.set(actors, index);
  }
  return index;
}
