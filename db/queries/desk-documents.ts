import 'server-only';
/** What the duplicate check (lib/desk/duplicates.ts) compares a proposed document with. */
import { asc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, documentAuthors, documents } from '@/db/schema';
import type { DocumentKey } from '@/lib/desk/duplicates';

/**
 * The documents of these actors, and every document with an official or archive address (an address may match
 * whoever filed it), each with its authors. Addresses are compared after normalising, so they are read, not matched
 * in SQL.
 */
export async function listDocumentKeys(actorSlugs: readonly string[]): Promise<DocumentKey[]> {
  const byActor = actorSlugs.length
    ? db
        .select({ id: documents.id })
        .from(documents)
        .innerJoin(documentAuthors, eq(documentAuthors.documentId, documents.id))
        .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
        .where(inArray(actors.slug, [...actorSlugs]))
    : undefined;
  const rows = db
    .select({ id: documents.id, slug: documents.slug, title: documents.title, date: documents.date, url: documents.url, archiveUrl: documents.archiveUrl })
    .from(documents)
    .where(or(isNotNull(documents.url), isNotNull(documents.archiveUrl), byActor ? inArray(documents.id, byActor) : undefined))
    .all();
  if (rows.length === 0) return [];
  const authors = db
    .select({ documentId: documentAuthors.documentId, slug: actors.slug, name: actors.name })
    .from(documentAuthors)
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(
      inArray(
        documentAuthors.documentId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(actors.name))
    .all();
  return rows.map(({ id, ...d }) => ({ ...d, authors: authors.filter((a) => a.documentId === id).map(({ slug, name }) => ({ slug, name })) }));
}
