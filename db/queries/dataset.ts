import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { actors, codings, documentAuthors, documents, literature, literatureActors, memberships, passages } from '@/db/schema';
import { DIMENSION_KEYS, isDimensionKey, type DimensionKey } from '@/lib/domain/codebook';
import {
  citationOf,
  DATASET_LICENCE,
  DATASET_TITLE,
  type Dataset,
  type DatasetActor,
  type DatasetCoding,
  type DatasetRecord,
} from '@/lib/export/dataset-export';
import type { Confidence } from '@/lib/domain/vocabulary';
import { isCurrentCoding } from './current';
import { getDatasetMeta } from './meta';

const grp = alias(actors, 'grp');

/**
 * The whole dataset read back from the database, in six queries: records (document × author), their current
 * codings, passages, actors, memberships and literature. Nothing is read from seed files, so a download always
 * equals what the pages show, corrections included.
 */
export async function getDataset(): Promise<Dataset> {
  const meta = await getDatasetMeta();
  const recordRows = db
    .select({
      documentId: documents.id,
      actorId: actors.id,
      id: documents.slug,
      actor_slug: actors.slug,
      actor_name: actors.name,
      actor_kind: actors.kind,
      iso3: actors.iso3,
      title: documents.title,
      title_original: documents.titleOriginal,
      date: documents.date,
      date_precision: documents.datePrecision,
      effective_date: documents.effectiveDate,
      type: documents.type,
      venue: documents.venue,
      url: documents.url,
      archive_url: documents.archiveUrl,
      language: documents.language,
      summary: documentAuthors.summary,
      notes: documentAuthors.notes,
      confidence: documentAuthors.confidence,
      verified_from: documentAuthors.verifiedFrom,
    })
    .from(documentAuthors)
    .innerJoin(documents, eq(documents.id, documentAuthors.documentId))
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .orderBy(asc(actors.slug), asc(documents.effectiveDate), asc(documents.date), asc(documents.slug))
    .all();

  const codingRows = db
    .select({
      documentId: codings.documentId,
      actorId: codings.actorId,
      dimension: codings.dimensionKey,
      value: codings.value,
      freeText: codings.freeText,
      confidence: codings.confidence,
      codebookVersion: codings.codebookVersion,
    })
    .from(codings)
    .where(isCurrentCoding)
    .all();
  const codingsOf = new Map<string, Partial<Record<DimensionKey, DatasetCoding>>>();
  for (const c of codingRows) {
    // A withdrawal (no value, no words) means the dimension is no longer coded.
    if (!isDimensionKey(c.dimension) || (c.value === null && c.freeText === null)) continue;
    const key = `${c.documentId}:${c.actorId}`;
    const map = codingsOf.get(key) ?? {};
    map[c.dimension] = { value: c.value, free_text: c.freeText, confidence: c.confidence as Confidence, codebook_version: c.codebookVersion };
    codingsOf.set(key, map);
  }

  const passageRows = db
    .select({ documentId: passages.documentId, quote: passages.quote, locator: passages.locator, role: passages.role })
    .from(passages)
    .orderBy(asc(passages.id))
    .all();
  const quotesOf = new Map<number, DatasetRecord['quotes']>();
  for (const p of passageRows) quotesOf.set(p.documentId, [...(quotesOf.get(p.documentId) ?? []), { quote: p.quote, locator: p.locator, quote_role: p.role }]);

  const authorsOf = new Map<number, string[]>();
  for (const r of recordRows) authorsOf.set(r.documentId, [...(authorsOf.get(r.documentId) ?? []), r.actor_slug]);

  const records: DatasetRecord[] = recordRows.map(({ documentId, actorId, ...r }) => {
    const coded = codingsOf.get(`${documentId}:${actorId}`) ?? {};
    return {
      ...r,
      authors: [...(authorsOf.get(documentId) ?? [])].sort(),
      quotes: quotesOf.get(documentId) ?? [],
      codings: coded,
      not_coded: DIMENSION_KEYS.filter((k) => coded[k] === undefined),
    };
  });

  const memberRows = db
    .select({ member: actors.slug, group: grp.slug, from: memberships.fromDate, to: memberships.toDate })
    .from(memberships)
    .innerJoin(actors, eq(actors.id, memberships.memberId))
    .innerJoin(grp, eq(grp.id, memberships.groupId))
    .orderBy(asc(grp.slug), asc(memberships.fromDate))
    .all();
  const actorRows: DatasetActor[] = db
    .select({
      slug: actors.slug,
      name: actors.name,
      kind: actors.kind,
      iso3: actors.iso3,
      region: actors.region,
      subregion: actors.subregion,
      un_regional_group: actors.unRegionalGroup,
    })
    .from(actors)
    .orderBy(asc(actors.slug))
    .all()
    .map((a) => ({ ...a, memberships: memberRows.filter((m) => m.member === a.slug).map(({ group, from, to }) => ({ group, from, to })) }));

  const about = db
    .select({ literatureId: literatureActors.literatureId, slug: actors.slug })
    .from(literatureActors)
    .innerJoin(actors, eq(actors.id, literatureActors.actorId))
    .all();
  const lit = db.select().from(literature).orderBy(asc(literature.slug)).all();

  return {
    dataset: {
      title: DATASET_TITLE,
      version: meta.datasetRelease,
      release_date: meta.releaseDate,
      citation: citationOf(meta),
      licence: { ...DATASET_LICENCE },
      dataset_version: meta.datasetVersion,
      converted_on: meta.convertedOn,
      codebook_version: meta.codebookVersion,
      seeded_at: meta.seededAt,
    },
    records,
    actors: actorRows,
    literature: lit.map((l) => ({
      id: l.slug,
      title: l.title,
      authors: l.authors ?? null,
      institution: l.institution,
      date: l.date,
      type: l.type,
      url: l.url,
      about_actors: about
        .filter((a) => a.literatureId === l.id)
        .map((a) => a.slug)
        .sort(),
      view: l.view,
      summary: l.summary,
      note: l.note,
    })),
  };
}
