import 'server-only';
import { getActorBySlug } from '@/db/queries/actors';
import { listActorDocuments, type DocumentWithCodings } from '@/db/queries/documents';
import type { DocumentRecord } from '@/lib/desk/document-correction';

export type DocumentOfActor = { actor: { id: number; slug: string; name: string }; document: DocumentWithCodings; record: DocumentRecord };

/**
 * A document as one of its authors published it (the card on that actor's page), and its record in the terms of a
 * document correction. null when the actor did not author it. Call inside a read snapshot.
 */
export async function readDocumentOfActor(documentSlug: string, actorSlug: string): Promise<DocumentOfActor | null> {
  const actor = actorSlug ? await getActorBySlug(actorSlug) : null;
  const document = actor ? ((await listActorDocuments(actor.id)).find((d) => d.slug === documentSlug) ?? null) : null;
  if (!actor || !document) return null;
  const { title, titleOriginal, date, type, venue, url, archiveUrl } = document;
  return {
    actor: { id: actor.id, slug: actor.slug, name: actor.name },
    document,
    record: {
      document: { title, titleOriginal, date, type, venue, url, archiveUrl },
      authors: [{ slug: actor.slug, name: actor.name }, ...document.coAuthors],
      summary: document.summary,
      notes: document.notes,
    },
  };
}
