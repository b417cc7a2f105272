/**
 * Reads the database back into the seed format (the inverse of the import): each document in the file of its first
 * author, the current coding of each dimension, record-level fields from that author's reading. One read
 * transaction, so the files are one consistent state even while editors publish.
 */
import type { Db } from '@/db/connect';
import { RELEASE_NOTES_KEY } from '@/db/schema';
import { type DimensionKey, DIMENSIONS } from '@/lib/domain/codebook';
import { isStated, type RecordStatements, writeStatements } from '@/lib/dataset/coding-content';
import type { Confidence } from '@/lib/domain/vocabulary';
import { metaSchema, type ActorFile, type DocumentRecord, type LiteratureRecord, type Seed, type SeedMeta } from '@/lib/dataset/seed-schema';

type Row = Record<string, unknown>;

/** The seed `codings` object and `not_coded` list from the current codings of one document × actor. */
function codingsOf(current: { dimension_key: string; value: string | null; free_text: string | null }[]): Pick<DocumentRecord, 'codings' | 'not_coded'> {
  const statements: RecordStatements = {};
  for (const c of current) {
    const statement = { value: c.value, words: c.free_text };
    if (isStated(statement)) statements[c.dimension_key as DimensionKey] = statement;
  }
  const { codings, notCoded } = writeStatements(statements, 'seed');
  return { codings: codings as DocumentRecord['codings'], not_coded: notCoded };
}

/** Dataset 1.1's `coding_confidence`: the coded dimensions whose confidence differs from the record's, in codebook order. */
function codingConfidenceOf(
  current: { dimension_key: string; value: string | null; free_text: string | null; confidence: Confidence }[],
  record: Confidence | null,
): DocumentRecord['coding_confidence'] {
  const out: DocumentRecord['coding_confidence'] = {};
  for (const d of DIMENSIONS) {
    const c = current.find((x) => x.dimension_key === d.key && (x.value !== null || x.free_text !== null));
    if (c && c.confidence !== record) out[d.key] = c.confidence;
  }
  return out;
}

export function exportSeed(db: Db): Seed {
  const s = db.$client;
  return s.transaction(() => {
    const all = <T = Row>(query: string, ...params: unknown[]) => s.prepare(query).all(...params) as T[];
    const actorRows = all<Row & { id: number; slug: string }>('SELECT * FROM actors ORDER BY slug');
    const slugById = new Map(actorRows.map((a) => [a.id, a.slug]));

    // Authors in the order they were recorded (rowid): the first is the actor whose file holds the document.
    const authorRows = all<Row & { document_id: number; actor_id: number }>('SELECT * FROM document_authors ORDER BY document_id, rowid');
    const authorsByDoc = new Map<number, (typeof authorRows)[number][]>();
    for (const r of authorRows) authorsByDoc.set(r.document_id, [...(authorsByDoc.get(r.document_id) ?? []), r]);

    const firstPassage = new Map(
      all<{ document_id: number; quote: string; locator: string; role: DocumentRecord['quote_role'] }>(
        'SELECT document_id, quote, locator, role FROM passages ORDER BY id',
      )
        .reverse()
        .map((p) => [p.document_id, p]),
    );
    const current = all<{
      document_id: number;
      actor_id: number;
      dimension_key: string;
      value: string | null;
      free_text: string | null;
      confidence: Confidence;
    }>(
      `SELECT document_id, actor_id, dimension_key, value, free_text, confidence FROM codings c
       WHERE NOT EXISTS (SELECT 1 FROM codings later WHERE later.supersedes_id = c.id)`,
    );
    const currentOf = (documentId: number, actorId: number) => current.filter((c) => c.document_id === documentId && c.actor_id === actorId);

    const docsByActor = new Map<string, DocumentRecord[]>();
    for (const d of all<Row & { id: number; slug: string; date: string }>('SELECT * FROM documents ORDER BY date, slug')) {
      const authors = authorsByDoc.get(d.id) ?? [];
      const owner = authors[0];
      if (!owner) continue; // a document nobody issued cannot be written in the per-actor format (none exist today)
      const quote = firstPassage.get(d.id) ?? null;
      const record: DocumentRecord = {
        id: d.slug,
        title: d.title as string,
        title_original: d.title_original as string | null,
        date: d.date,
        type: d.type as DocumentRecord['type'],
        venue: d.venue as string,
        url: d.url as string | null,
        archive_url: d.archive_url as string | null,
        language: d.language as string | null,
        authors: authors.map((a) => slugById.get(a.actor_id)!),
        summary: owner.summary as string,
        quote: quote?.quote ?? null,
        quote_locator: quote?.locator ?? null,
        quote_role: quote?.role ?? null,
        confidence: owner.confidence as DocumentRecord['confidence'],
        coding_confidence: codingConfidenceOf(currentOf(d.id, owner.actor_id), owner.confidence as Confidence | null),
        notes: owner.notes as string | null,
        verified_from: JSON.parse(owner.verified_from as string) as string[],
        ...codingsOf(currentOf(d.id, owner.actor_id)),
      };
      const ownerSlug = slugById.get(owner.actor_id)!;
      docsByActor.set(ownerSlug, [...(docsByActor.get(ownerSlug) ?? []), record]);
    }

    const membershipRows = all<{ member_id: number; group_id: number; from_date: string; to_date: string | null }>('SELECT * FROM memberships');
    const actorsOut: ActorFile[] = actorRows.map((a) => ({
      slug: a.slug,
      name: a.name as string,
      kind: a.kind as ActorFile['kind'],
      iso3: a.iso3 as string | null,
      region: a.region as string | null,
      subregion: a.subregion as string | null,
      un_regional_group: a.un_regional_group as string | null,
      memberships: membershipRows
        .filter((m) => m.member_id === a.id)
        .map((m) => ({ group: slugById.get(m.group_id)!, from: m.from_date, to: m.to_date }))
        .sort((x, y) => x.group.localeCompare(y.group) || x.from.localeCompare(y.from)),
      documents: docsByActor.get(a.slug) ?? [],
    }));

    const aboutRows = all<{ literature_id: number; actor_id: number }>('SELECT literature_id, actor_id FROM literature_actors ORDER BY rowid');
    const literatureOut: LiteratureRecord[] = all<Row & { id: number }>('SELECT * FROM literature ORDER BY id').map((l) => ({
      id: l.slug as string,
      title: l.title as string,
      authors: l.authors === null ? null : (JSON.parse(l.authors as string) as string[]),
      institution: l.institution as string | null,
      date: l.date as string | null,
      type: l.type as string,
      url: l.url as string | null,
      about_actors: aboutRows.filter((r) => r.literature_id === l.id).map((r) => slugById.get(r.actor_id)!),
      view: l.view as string | null,
      summary: l.summary as string,
      note: l.note as string | null,
    }));

    // Every key the meta schema names, from dataset_meta (import-only keys such as seeded_at are not part of it).
    const metaRows = new Map(all<{ key: string; value: string }>('SELECT key, value FROM dataset_meta').map((r) => [r.key, r.value]));
    const meta = Object.fromEntries(Object.keys(metaSchema.shape).map((k) => [k, metaRows.get(k) ?? ''])) as SeedMeta;
    return { actors: actorsOut, literature: literatureOut, meta, releaseNotes: metaRows.get(RELEASE_NOTES_KEY) ?? null };
  })();
}
