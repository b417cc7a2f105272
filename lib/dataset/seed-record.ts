/**
 * A seed file's document record in the planner's shape (record.ts): the record speaks for every dimension of every
 * author it lists, each author's coding carrying the record's summary, notes, sources and quote, and its confidence
 * (the dimension's own from `coding_confidence`, else the record's). Pure.
 */
import { DIMENSIONS } from '@/lib/domain/codebook';
import { type CodingContent, isStated, readStatements } from './coding-content';
import type { DocumentFields, IncomingRecord, Reading } from './record';
import type { DocumentRecord } from './seed-schema';

export function seedDocumentFields(r: DocumentRecord): DocumentFields {
  return {
    title: r.title,
    titleOriginal: r.title_original,
    date: r.date,
    type: r.type,
    venue: r.venue,
    url: r.url,
    archiveUrl: r.archive_url,
    language: r.language,
  };
}

export function seedReading(r: DocumentRecord): Reading {
  return { summary: r.summary, notes: r.notes, confidence: r.confidence, verifiedFrom: r.verified_from };
}

export function recordFromSeed(r: DocumentRecord): IncomingRecord {
  const statements = readStatements(r.codings, 'seed');
  const passages = r.quote !== null && r.quote_locator !== null ? [{ quote: r.quote, locator: r.quote_locator, role: r.quote_role }] : [];
  const contentOf = (key: (typeof DIMENSIONS)[number]['key']): CodingContent | null => {
    const s = statements[key];
    if (!isStated(s)) return null;
    return {
      ...s,
      summary: r.summary,
      // Dataset 1.1: a dimension listed in coding_confidence carries its own level; the others take the record's.
      confidence: r.coding_confidence[key] ?? r.confidence!,
      confidenceReason: r.notes,
      verifiedFrom: r.verified_from,
      passages: passages.map(({ quote, locator }) => ({ quote, locator })),
    };
  };
  return {
    from: 'import',
    slug: r.id,
    expects: 'any',
    fields: seedDocumentFields(r),
    readings: r.authors.map((actor) => ({ actor, reading: seedReading(r) })),
    newActors: [],
    passages,
    codings: r.authors.flatMap((actor) => DIMENSIONS.map((d) => ({ actor, dimension: d.key, content: contentOf(d.key) }))),
    complete: true,
  };
}
