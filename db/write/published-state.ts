/**
 * What the database holds now for one document, in the planner's shape (lib/dataset/record.ts): its fields and who
 * set them, its authors' readings, its passages and its current codings with their content and origin. Read inside
 * the write transaction, so the plan and the writes see the same state.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { actors, currentCodings, documentAuthors, documents, origins, passages } from '@/db/schema';
import type { CodingContent } from '@/lib/dataset/coding-content';
import type { Bringer, CurrentCoding, DocumentFields, PublishedState } from '@/lib/dataset/record';

/** The ids the carry-out needs beside the planner's state. */
export type StateIds = { documentId: number | null; actorIds: Map<string, number>; codingIds: Map<number, CurrentCoding> };

const kindOf = (tx: Db, ids: (number | null)[]): Map<number, Bringer> => {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map();
  return new Map(
    tx
      .select({ id: origins.id, kind: origins.kind })
      .from(origins)
      .where(inArray(origins.id, wanted))
      .all()
      .map((o) => [o.id, o.kind]),
  );
};
// Rows with no origin predate provenance and were never an editor's (the migration backfilled every desk row).
const fromOf = (kinds: Map<number, Bringer>, id: number | null): Bringer => (id === null ? 'import' : (kinds.get(id) ?? 'import'));

export function documentFieldsOf(row: typeof documents.$inferSelect): DocumentFields {
  const { title, titleOriginal, date, type, venue, url, archiveUrl, language } = row;
  return { title, titleOriginal, date, type, venue, url, archiveUrl, language };
}

/** The state of document `slug` (or of no document, when there is none); `knownActors`: every actor slug. */
export function readPublishedState(tx: Db, slug: string, knownActors: ReadonlySet<string>): { state: PublishedState; ids: StateIds } {
  const doc = tx.select().from(documents).where(eq(documents.slug, slug)).get();
  const ids: StateIds = { documentId: doc?.id ?? null, actorIds: new Map(), codingIds: new Map() };
  if (!doc) return { state: { document: null, readings: [], passages: [], codings: [], knownActors }, ids };
  const withdrawn = !!tx.get(sql`SELECT 1 AS x FROM document_revisions WHERE document_id = ${doc.id} AND kind = 'withdrawal'`);
  const earlierAuthors = tx
    .all<{ actor: string }>(
      sql`SELECT DISTINCT json_extract(a.value, '$.actor') AS actor FROM document_revisions r, json_each(r.before, '$.authors') a
          WHERE r.document_id = ${doc.id} AND r.kind = 'correction'`,
    )
    .map((r) => r.actor);
  const authorRows = tx
    .select({ slug: actors.slug, actorId: actors.id, row: documentAuthors })
    .from(documentAuthors)
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(eq(documentAuthors.documentId, doc.id))
    .orderBy(sql`${documentAuthors}.rowid`)
    .all();
  const passageRows = tx.select().from(passages).where(eq(passages.documentId, doc.id)).all();
  const codingRows = tx
    .select()
    .from(currentCodings)
    .innerJoin(actors, eq(actors.id, currentCodings.actorId))
    .where(eq(currentCodings.documentId, doc.id))
    .all()
    .map((r) => ({ coding: r.current_codings, actor: r.actors.slug }));
  const links = codingRows.length
    ? tx.all<{ coding_id: number; quote: string; locator: string }>(
        sql`SELECT cp.coding_id, p.quote, p.locator FROM coding_passages cp JOIN passages p ON p.id = cp.passage_id
            WHERE cp.coding_id IN (${sql.join(
              codingRows.map((c) => sql`${c.coding.id}`),
              sql`, `,
            )})`,
      )
    : [];
  const kinds = kindOf(tx, [
    doc.revisionOriginId ?? doc.originId,
    ...authorRows.map((a) => a.row.revisionOriginId ?? a.row.originId),
    ...codingRows.map((c) => c.coding.originId),
  ]);
  for (const a of authorRows) ids.actorIds.set(a.slug, a.actorId);
  const codings: CurrentCoding[] = codingRows.map(({ coding: c, actor }) => {
    const content: CodingContent = {
      value: c.value,
      words: c.freeText,
      summary: c.summary,
      confidence: c.confidence,
      confidenceReason: c.confidenceReason,
      verifiedFrom: c.verifiedFrom,
      passages: links.filter((l) => l.coding_id === c.id).map((l) => ({ quote: l.quote, locator: l.locator })),
    };
    const current: CurrentCoding = { id: c.id, actor, dimension: c.dimensionKey, content, from: fromOf(kinds, c.originId) };
    ids.codingIds.set(c.id, current);
    return current;
  });
  return {
    state: {
      document: { fields: documentFieldsOf(doc), fieldsFrom: fromOf(kinds, doc.revisionOriginId ?? doc.originId), withdrawn },
      readings: authorRows.map(({ slug: actor, row }) => ({
        actor,
        reading: { summary: row.summary, notes: row.notes, confidence: row.confidence, verifiedFrom: row.verifiedFrom },
        from: fromOf(kinds, row.revisionOriginId ?? row.originId),
      })),
      passages: passageRows.map((p) => ({ quote: p.quote, locator: p.locator, role: p.role })),
      codings,
      knownActors,
      removedAuthors: earlierAuthors.filter((a) => !authorRows.some((r) => r.slug === a)),
    },
    ids,
  };
}

/** Every actor slug with its id. */
export function actorIdsBySlug(tx: Db): Map<string, number> {
  return new Map(
    tx
      .select({ slug: actors.slug, id: actors.id })
      .from(actors)
      .all()
      .map((a) => [a.slug, a.id]),
  );
}
