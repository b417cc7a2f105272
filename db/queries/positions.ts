import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { memoByContentVersion } from '@/db/memo-by-version';
import { memoInSnapshot } from '@/db/read-snapshot';
import { actors, codings, documentAuthors, documents } from '@/db/schema';
import { resolveActorAsOf, type AsOfCoding, type AsOfDocument, type Outcome } from '@/lib/domain/as-of';
import type { DimensionKey } from '@/lib/domain/codebook';
import type { ActorKind } from '@/lib/domain/vocabulary';
import { isCurrentCoding } from './current';
import { actorSummaryColumns } from './actor-columns';

export type PositionActor = {
  id: number;
  slug: string;
  name: string;
  kind: ActorKind;
  iso3: string | null;
  region: string | null;
  unRegionalGroup: string | null;
};

export type PositionDocument = AsOfDocument & { title: string; year: number; type: string };

export type ActorEvidence = { actor: PositionActor; documents: PositionDocument[]; codings: AsOfCoding[] };

/**
 * Everything the as-of rule needs for a set of actors, in three queries whatever their number:
 * the actors, their documents, and their current codings. `actorIds` undefined means every actor.
 */
export async function listActorEvidence(actorIds?: readonly number[]): Promise<ActorEvidence[]> {
  // A handful of actors (an actor page, a briefing, a cell): three small indexed queries, memoised per request.
  if (actorIds && actorIds.length <= FEW_ACTORS) return evidenceOf(actorIds.join(','));
  // Whole scopes (/compare, /timeline, /changes, /dimensions) share one read of everyone per content version.
  const all = await everyActorsEvidence();
  if (!actorIds) return all;
  const wanted = new Set(actorIds);
  return all.filter((e) => wanted.has(e.actor.id));
}

const FEW_ACTORS = 20;
const everyActorsEvidence = memoByContentVersion(() => evidenceOf('*'));

// Memoised per request (React cache keys by identity, hence the string key): an actor page asks for the same
// actor's evidence for its position today and for its timeline.
const evidenceOf = memoInSnapshot('actorEvidence', (key: string) => readActorEvidence(key === '*' ? undefined : key === '' ? [] : key.split(',').map(Number)));

async function readActorEvidence(actorIds?: readonly number[]): Promise<ActorEvidence[]> {
  if (actorIds && actorIds.length === 0) return [];
  const actorRows = db
    .select(actorSummaryColumns)
    .from(actors)
    .where(actorIds ? inArray(actors.id, [...actorIds]) : undefined)
    .orderBy(asc(actors.name))
    .all();
  const ids = actorRows.map((a) => a.id);
  const docRows = db
    .select({
      actorId: documentAuthors.actorId,
      id: documents.id,
      slug: documents.slug,
      date: documents.date,
      effective: documents.effectiveDate,
      title: documents.title,
      year: documents.year,
      type: documents.type,
    })
    .from(documentAuthors)
    .innerJoin(documents, eq(documents.id, documentAuthors.documentId))
    .where(actorIds ? inArray(documentAuthors.actorId, ids) : undefined)
    .orderBy(asc(documents.effectiveDate), asc(documents.date), asc(documents.slug))
    .all();
  const codingRows = db
    .select({
      id: codings.id,
      actorId: codings.actorId,
      documentId: codings.documentId,
      dimension: codings.dimensionKey,
      value: codings.value,
      freeText: codings.freeText,
      confidence: codings.confidence,
    })
    .from(codings)
    .where(and(isCurrentCoding, actorIds ? inArray(codings.actorId, ids) : undefined))
    .all();

  const byActor = new Map<number, ActorEvidence>(actorRows.map((a) => [a.id, { actor: a, documents: [], codings: [] }]));
  for (const { actorId, ...d } of docRows) byActor.get(actorId)?.documents.push(d);
  for (const { actorId, ...c } of codingRows) {
    byActor.get(actorId)?.codings.push(c);
  }
  return [...byActor.values()];
}

export type PositionRow = { actor: PositionActor; outcomes: Record<string, Outcome>; documents: PositionDocument[] };

/**
 * The as-of rule applied to every requested actor and dimension. With `from`, only documents in effect on or after
 * that day count (positions stated within a period).
 */
export function listPositionsAsOf(options: PositionsQuery): Promise<PositionRow[]> {
  return positionsAsOf(options);
}

type PositionsQuery = { asOf: string; dimensions: readonly DimensionKey[]; actorIds?: readonly number[]; from?: string | null };

// Other URL states of one view (a cell opened, another sort or filter, another page) resolve the same positions:
// kept per content version (shared, read-only).
const positionsAsOf = memoByContentVersion(resolvePositions, (o) => [o.asOf, o.from ?? '', o.dimensions.join(','), o.actorIds?.join(',') ?? '*'].join('|'));

async function resolvePositions(options: PositionsQuery): Promise<PositionRow[]> {
  const evidence = await listActorEvidence(options.actorIds);
  const from = options.from;
  return evidence.map((e) => {
    const documents = from ? e.documents.filter((d) => d.effective >= from) : e.documents;
    return { actor: e.actor, documents, outcomes: resolveActorAsOf(options.dimensions, options.asOf, documents, e.codings) };
  });
}
