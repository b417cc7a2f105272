import 'server-only';
import { getActorBySlug } from '@/db/queries/actors';
import { listActorEvents } from '@/db/queries/changes';
import { listActorDocuments } from '@/db/queries/documents';
import { changedPair, diffDocuments, pickDiffPair } from '@/lib/timeline/diff';
import { param, type SearchParams } from '@/lib/url/search-params';
import { viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const { slug, from, to } = JSON.parse(key) as { slug: string; from?: string; to?: string };
  const actor = await getActorBySlug(slug);
  if (!actor) return null;
  const [docs, events] = await Promise.all([listActorDocuments(actor.id), listActorEvents(actor.id)]);
  // With no pair asked for, the documents where a position changed (changedPair), else the first and the latest.
  const fallback = !from && !to ? changedPair(events) : null;
  const pair = pickDiffPair(docs, from ?? fallback?.from, to ?? fallback?.to, actor.name);
  return { actor, docs, pair, chosenByDefault: fallback !== null, rows: pair ? diffDocuments(pair.from, pair.to) : [] };
});

/** /actors/[slug]/diff: the actor, its documents and the chosen pair with its rows; null for an unknown slug. */
export const loadActorDiffView = (slug: string, sp: SearchParams) => load(JSON.stringify({ slug, from: param(sp, 'from'), to: param(sp, 'to') }));
export type ActorDiffViewData = NonNullable<Awaited<ReturnType<typeof load>>>;
