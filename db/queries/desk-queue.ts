import 'server-only';
/**
 * What the verification queue is built from (lib/desk/verify-queue.ts turns it into items): current codings only,
 * read in the desk loader's snapshot. Each list is one query, whatever the size of the record.
 */
import { and, asc, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, codings, documentAuthors, documents, passages } from '@/db/schema';
import type { DimensionKey } from '@/lib/domain/codebook';
import { isCurrentCoding } from './current';

export type QueueActor = { slug: string; name: string };
export type QueueDocument = { slug: string; title: string; date: string };

const actorCols = { slug: actors.slug, name: actors.name };
const documentCols = { slug: documents.slug, title: documents.title, date: documents.date };
/** The author has a current coding of this document that records a finding (a value, or words). */
const hasFinding = sql<number>`EXISTS (SELECT 1 FROM codings c WHERE c.document_id = ${documents.id} AND c.actor_id = ${actors.id}
  AND (c.value IS NOT NULL OR c.free_text IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id))`;

/** States' applicability values held with low confidence. */
export async function listLowConfidenceApplicability() {
  return db
    .select({ codingId: codings.id, value: codings.value, actor: actorCols, document: documentCols })
    .from(codings)
    .innerJoin(actors, eq(actors.id, codings.actorId))
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .where(and(isCurrentCoding, eq(actors.kind, 'state'), eq(codings.dimensionKey, 'applicability'), eq(codings.confidence, 'low'), isNotNull(codings.value)))
    .orderBy(asc(actors.name), asc(documents.effectiveDate))
    .all();
}

/** Quotes marked as context only, with the current applicability coding of that document and author (if coded). */
export async function listContextQuotes() {
  return db
    .select({
      quote: passages.quote,
      actor: actorCols,
      document: documentCols,
      codingId: sql<number | null>`(SELECT c.id FROM codings c WHERE c.document_id = ${documents.id} AND c.actor_id = ${actors.id}
        AND c.dimension_key = 'applicability' AND NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id))`,
    })
    .from(passages)
    .innerJoin(documents, eq(documents.id, passages.documentId))
    .innerJoin(documentAuthors, eq(documentAuthors.documentId, documents.id))
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(eq(passages.role, 'context'))
    .orderBy(sql`${actors.kind} <> 'state'`, asc(actors.name), asc(documents.effectiveDate), asc(passages.id))
    .all();
}

/** Tracked documents an author has not coded on any dimension yet ("code this document"). */
export async function listUncodedDocuments() {
  return db
    .select({ actor: actorCols, document: documentCols })
    .from(documentAuthors)
    .innerJoin(documents, eq(documents.id, documentAuthors.documentId))
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(sql`NOT ${hasFinding}`)
    .orderBy(sql`${actors.kind} <> 'state'`, asc(actors.name), asc(documents.effectiveDate))
    .all();
}

export type StateCoverage = { actor: QueueActor; latest: QueueDocument; coded: DimensionKey[] };

/** Every State with a document: its latest document and the dimensions any of its current codings records. */
export async function listStateCoverage(): Promise<StateCoverage[]> {
  const docs = db
    .select({ actorId: actors.id, actor: actorCols, document: documentCols })
    .from(documentAuthors)
    .innerJoin(documents, eq(documents.id, documentAuthors.documentId))
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(eq(actors.kind, 'state'))
    .orderBy(asc(actors.name), desc(documents.effectiveDate), desc(documents.date), desc(documents.slug))
    .all();
  const coded = db
    .selectDistinct({ actorId: codings.actorId, dimension: codings.dimensionKey })
    .from(codings)
    .innerJoin(actors, eq(actors.id, codings.actorId))
    .where(and(isCurrentCoding, eq(actors.kind, 'state'), or(isNotNull(codings.value), isNotNull(codings.freeText))))
    .all();
  const byActor = new Map<number, StateCoverage>();
  // Newest document first per actor: the first row seen is the latest.
  for (const d of docs) if (!byActor.has(d.actorId)) byActor.set(d.actorId, { actor: d.actor, latest: d.document, coded: [] });
  for (const c of coded) byActor.get(c.actorId)?.coded.push(c.dimension);
  return [...byActor.values()];
}

/** States with no tracked document. */
export async function listStatesWithoutDocuments(): Promise<QueueActor[]> {
  return db
    .select(actorCols)
    .from(actors)
    .where(and(eq(actors.kind, 'state'), sql`NOT EXISTS (SELECT 1 FROM ${documentAuthors} x WHERE x.actor_id = ${actors.id})`))
    .orderBy(asc(actors.name))
    .all();
}
