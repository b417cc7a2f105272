/**
 * Writes a validated seed into the database in one transaction. Idempotent: loading the same seed twice changes
 * nothing. Codings are append-only: when a record's coding differs from the current one, a new row supersedes it and
 * the old row stays as history; a dimension that is no longer coded gets a withdrawal row (no value, no text).
 */
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import {
  actors,
  codebookDimensions,
  codebookValues,
  codingPassages,
  codings,
  datasetMeta,
  documentAuthors,
  documents,
  literature,
  literatureActors,
  memberships,
  passages,
} from '@/db/schema';
import { CODEBOOK_VERSION, DIMENSIONS, valueLabel, type DimensionKey } from '@/lib/domain/codebook';
import { parsePartialDate } from '@/lib/domain/dates';
import type { DocumentRecord, Seed } from './record-schema';

export type SeedReport = { actors: number; documents: number; codingsAdded: number; codingsUnchanged: number; literature: number };

type CodingContent = {
  value: string | null;
  freeText: string | null;
  summary: string;
  confidence: 'high' | 'medium' | 'low';
  confidenceReason: string | null;
  verifiedFrom: string[];
  passageIds: number[];
};

/** What a record says on one dimension, or null when that dimension is not coded in it. */
function contentFor(record: DocumentRecord, key: DimensionKey, passageIds: number[]): CodingContent | null {
  // Dataset 1.1: a dimension listed in coding_confidence carries its own level; the others take the record's.
  const c = record.codings as Record<string, string | undefined>;
  const value = key === 'remedies' ? null : (c[key] ?? null);
  const freeText = key === 'threshold' ? (c.threshold_text ?? null) : key === 'remedies' ? (c.remedies ?? null) : null;
  if (value === null && freeText === null) return null;
  return {
    value,
    freeText,
    summary: record.summary,
    confidence: record.coding_confidence[key] ?? record.confidence!,
    confidenceReason: record.notes,
    verifiedFrom: record.verified_from,
    passageIds,
  };
}

function sameContent(a: CodingContent, b: CodingContent): boolean {
  return (
    a.value === b.value &&
    a.freeText === b.freeText &&
    a.summary === b.summary &&
    a.confidence === b.confidence &&
    a.confidenceReason === b.confidenceReason &&
    JSON.stringify(a.verifiedFrom) === JSON.stringify(b.verifiedFrom) &&
    JSON.stringify([...a.passageIds].sort()) === JSON.stringify([...b.passageIds].sort())
  );
}

function writeCodebook(tx: Db): void {
  DIMENSIONS.forEach((d, position) => {
    tx.insert(codebookDimensions)
      .values({ key: d.key, question: d.question, position, version: CODEBOOK_VERSION })
      .onConflictDoUpdate({ target: codebookDimensions.key, set: { question: d.question, position, version: CODEBOOK_VERSION } })
      .run();
    d.values.forEach((v, vp) => {
      tx.insert(codebookValues)
        .values({ dimensionKey: d.key, value: v.value, label: v.label, definition: v.definition, position: vp })
        .onConflictDoUpdate({ target: [codebookValues.dimensionKey, codebookValues.value], set: { label: v.label, definition: v.definition, position: vp } })
        .run();
    });
  });
}

function writeActors(tx: Db, seed: Seed): Map<string, number> {
  const ids = new Map<string, number>();
  for (const a of seed.actors) {
    const row = { slug: a.slug, name: a.name, kind: a.kind, iso3: a.iso3, region: a.region, subregion: a.subregion, unRegionalGroup: a.un_regional_group };
    const { id } = tx.insert(actors).values(row).onConflictDoUpdate({ target: actors.slug, set: row }).returning({ id: actors.id }).get();
    ids.set(a.slug, id);
  }
  tx.delete(actors).where(notInArray(actors.slug, [...ids.keys()])).run();
  tx.delete(memberships).run();
  for (const a of seed.actors) {
    for (const m of a.memberships) {
      tx.insert(memberships).values({ memberId: ids.get(a.slug)!, groupId: ids.get(m.group)!, fromDate: m.from, toDate: m.to }).run();
    }
  }
  return ids;
}

function writeDocument(tx: Db, r: DocumentRecord): number {
  const date = parsePartialDate(r.date)!;
  const row = {
    slug: r.id,
    title: r.title,
    titleOriginal: r.title_original,
    date: r.date,
    datePrecision: date.precision,
    effectiveDate: date.effective,
    year: date.year,
    type: r.type,
    venue: r.venue,
    url: r.url,
    archiveUrl: r.archive_url,
    language: r.language,
  };
  return tx.insert(documents).values(row).onConflictDoUpdate({ target: documents.slug, set: row }).returning({ id: documents.id }).get().id;
}

function passageIdsFor(tx: Db, documentId: number, r: DocumentRecord): number[] {
  if (r.quote === null || r.quote_locator === null) return [];
  // The role is a property of the passage (dataset 1.1), so it is set on a passage loaded before roles existed.
  tx.insert(passages)
    .values({ documentId, quote: r.quote, locator: r.quote_locator, role: r.quote_role })
    .onConflictDoUpdate({ target: [passages.documentId, passages.quote, passages.locator], set: { role: r.quote_role } })
    .run();
  const row = tx
    .select({ id: passages.id })
    .from(passages)
    .where(and(eq(passages.documentId, documentId), eq(passages.quote, r.quote), eq(passages.locator, r.quote_locator)))
    .get();
  return [row!.id];
}

/** The current (unsuperseded) coding of a document × actor × dimension, with its passages. */
function currentCoding(tx: Db, documentId: number, actorId: number, key: DimensionKey) {
  const row = tx
    .select()
    .from(codings)
    .where(
      and(
        eq(codings.documentId, documentId),
        eq(codings.actorId, actorId),
        eq(codings.dimensionKey, key),
        sql`NOT EXISTS (SELECT 1 FROM codings later WHERE later.supersedes_id = ${codings.id})`,
      ),
    )
    .get();
  if (!row) return null;
  const passageIds = tx.select({ id: codingPassages.passageId }).from(codingPassages).where(eq(codingPassages.codingId, row.id)).all().map((p) => p.id);
  return { row, content: { ...row, passageIds } satisfies CodingContent };
}

/** Says what a correction changed, for the evidence history (the earlier row keeps the earlier value). */
function correctionNote(key: DimensionKey, before: CodingContent, after: CodingContent, release: string): string {
  const what: string[] = [];
  const label = (v: string | null) => (v === null ? '(no value)' : valueLabel(key, v));
  if (before.value !== after.value) what.push(`value ${label(before.value)} → ${label(after.value)}`);
  if (before.freeText !== after.freeText) what.push('words');
  if (before.confidence !== after.confidence) what.push(`confidence ${before.confidence} → ${after.confidence}`);
  if (JSON.stringify([...before.passageIds].sort()) !== JSON.stringify([...after.passageIds].sort())) what.push('quote');
  if (before.summary !== after.summary || before.confidenceReason !== after.confidenceReason) what.push('summary or notes');
  if (JSON.stringify(before.verifiedFrom) !== JSON.stringify(after.verifiedFrom)) what.push('sources');
  return `Dataset ${release}: ${what.join('; ') || 'evidence'}`;
}

function writeCodings(tx: Db, documentId: number, actorId: number, r: DocumentRecord, passageIds: number[], now: string, release: string, report: SeedReport): void {
  for (const d of DIMENSIONS) {
    const next = contentFor(r, d.key, passageIds);
    const current = currentCoding(tx, documentId, actorId, d.key);
    const currentIsWithdrawal = current !== null && current.row.value === null && current.row.freeText === null;
    if (next === null && (current === null || currentIsWithdrawal)) continue;
    if (next !== null && current !== null && sameContent(next, current.content)) {
      report.codingsUnchanged += 1;
      continue;
    }
    // A dimension that was coded and no longer is: keep the old evidence, record the withdrawal.
    const content: CodingContent = next ?? { ...current!.content, value: null, freeText: null, passageIds: [] };
    const reason = current === null ? 'original' : next === null ? 'withdrawal' : 'correction';
    const reasonNote = current === null ? null : next === null ? `Dataset ${release}: no longer coded` : correctionNote(d.key, current.content, next, release);
    const { id } = tx
      .insert(codings)
      .values({
        documentId,
        actorId,
        dimensionKey: d.key,
        value: content.value,
        freeText: content.freeText,
        summary: content.summary,
        confidence: content.confidence,
        confidenceReason: content.confidenceReason,
        verifiedFrom: content.verifiedFrom,
        codebookVersion: CODEBOOK_VERSION,
        supersedesId: current?.row.id ?? null,
        createdAt: now,
        reason,
        reasonNote,
        createdBy: 'dataset import',
      })
      .returning({ id: codings.id })
      .get();
    for (const passageId of content.passageIds) tx.insert(codingPassages).values({ codingId: id, passageId }).run();
    report.codingsAdded += 1;
  }
}

function writeLiterature(tx: Db, seed: Seed, actorIds: Map<string, number>): void {
  tx.delete(literature).run();
  for (const l of seed.literature) {
    const { id } = tx
      .insert(literature)
      .values({ slug: l.id, title: l.title, authors: l.authors, institution: l.institution, date: l.date, type: l.type, url: l.url, view: l.view, summary: l.summary, note: l.note })
      .returning({ id: literature.id })
      .get();
    for (const a of l.about_actors) tx.insert(literatureActors).values({ literatureId: id, actorId: actorIds.get(a)! }).run();
  }
}

/** Full-text indexes (FTS5, migrations 0002 and 0003): documents (titles, venues, quotes, summaries) and literature. */
function rebuildSearchIndex(tx: Db): void {
  tx.run(sql`DELETE FROM search_index`);
  tx.run(sql`
    INSERT INTO search_index (document_slug, actor_slug, actor_name, title, venue, quote, summary)
    SELECT d.slug, a.slug, a.name, d.title || coalesce(' ' || d.title_original, ''), d.venue,
           coalesce((SELECT group_concat(p.quote, ' ') FROM passages p WHERE p.document_id = d.id), ''), da.summary
    FROM document_authors da
    JOIN documents d ON d.id = da.document_id
    JOIN actors a ON a.id = da.actor_id`);
  tx.run(sql`DELETE FROM literature_search`);
  tx.run(sql`
    INSERT INTO literature_search (literature_slug, title, authors, institution, summary)
    SELECT slug, title, coalesce((SELECT group_concat(value, ', ') FROM json_each(literature.authors)), ''), coalesce(institution, ''), summary
    FROM literature`);
}

/** Loads `seed` in one transaction: on any error nothing is written. */
export function seedDatabase(db: Db, seed: Seed, now: string = new Date().toISOString()): SeedReport {
  const report: SeedReport = { actors: seed.actors.length, documents: 0, codingsAdded: 0, codingsUnchanged: 0, literature: seed.literature.length };
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    writeCodebook(t);
    const actorIds = writeActors(t, seed);
    const seen: string[] = [];
    const release = seed.meta.dataset_release ?? seed.meta.dataset_version;
    tx.delete(documentAuthors).run();
    for (const a of seed.actors) {
      for (const r of a.documents) {
        const documentId = writeDocument(t, r);
        seen.push(r.id);
        const passageIds = passageIdsFor(t, documentId, r);
        for (const author of r.authors) {
          const actorId = actorIds.get(author)!;
          tx.insert(documentAuthors)
            .values({ documentId, actorId, summary: r.summary, notes: r.notes, confidence: r.confidence, verifiedFrom: r.verified_from })
            .run();
          writeCodings(t, documentId, actorId, r, passageIds, now, release, report);
        }
        report.documents += 1;
      }
    }
    tx.delete(documents).where(notInArray(documents.slug, seen.length ? seen : [''])).run();
    writeLiterature(t, seed, actorIds);
    rebuildSearchIndex(t);
    for (const [key, value] of Object.entries({ ...seed.meta, seeded_at: now })) {
      tx.insert(datasetMeta).values({ key, value }).onConflictDoUpdate({ target: datasetMeta.key, set: { value } }).run();
    }
  });
  return report;
}
