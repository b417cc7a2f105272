/**
 * The whole dataset as downloaded from /data and /api/v1/dataset: one record per actor per dated document (a joint
 * statement gives one record per co-author, as on the pages), with the current coding of every dimension. Pure: the
 * database rows come in (db/queries/dataset.ts), JSON and CSV go out, so both downloads always match the pages.
 */
import { stringify } from 'csv-stringify/sync';
import { DIMENSIONS, type DimensionKey } from '@/lib/domain/codebook';
import type { ActorKind, Confidence, DatePrecision, DocumentType, QuoteRole } from '@/lib/domain/vocabulary';

export type DatasetCoding = { value: string | null; free_text: string | null; confidence: Confidence; codebook_version: string };

export type DatasetRecord = {
  id: string;
  actor_slug: string;
  actor_name: string;
  actor_kind: ActorKind;
  iso3: string | null;
  /** Every co-author of the document, this actor included. */
  authors: string[];
  title: string;
  title_original: string | null;
  date: string;
  date_precision: DatePrecision;
  effective_date: string;
  type: DocumentType;
  venue: string;
  url: string | null;
  archive_url: string | null;
  language: string | null;
  summary: string;
  notes: string | null;
  confidence: Confidence | null;
  verified_from: string[];
  /** `quote_role`: the actor's due-diligence wording, or only context read around it (dataset 1.1). */
  quotes: { quote: string; locator: string; quote_role: QuoteRole | null }[];
  /** Current codings only (corrections replace what they correct); a dimension absent here is not yet coded. */
  codings: Partial<Record<DimensionKey, DatasetCoding>>;
  not_coded: DimensionKey[];
};

export type DatasetActor = {
  slug: string;
  name: string;
  kind: ActorKind;
  iso3: string | null;
  region: string | null;
  subregion: string | null;
  un_regional_group: string | null;
  memberships: { group: string; from: string; to: string | null }[];
};

export type DatasetLiterature = {
  id: string;
  title: string;
  authors: string[] | null;
  institution: string | null;
  date: string | null;
  type: string;
  url: string | null;
  about_actors: string[];
  view: string | null;
  summary: string;
  note: string | null;
};

export type DatasetInfo = {
  title: string;
  version: string | null;
  release_date: string | null;
  citation: string;
  licence: { name: string; title: string; url: string };
  dataset_version: string | null;
  converted_on: string | null;
  codebook_version: string | null;
  seeded_at: string | null;
};

export type Dataset = { dataset: DatasetInfo; records: DatasetRecord[]; actors: DatasetActor[]; literature: DatasetLiterature[] };

export const DATASET_TITLE = 'Cyber Due Diligence Positions Tracker dataset';
/** The dataset's own README (shared/data, since 1.1) publishes it under CC BY 4.0. */
export const DATASET_LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * The citation the dataset asks for (its README: "Cyber Due Diligence Positions Tracker dataset, version 1.1
 * (2026-12-01)"), from the release in the seed's metadata; a build from before 1.1 names its hash and date instead.
 */
export function citationOf(meta: {
  datasetRelease: string | null;
  releaseDate: string | null;
  datasetVersion: string | null;
  convertedOn: string | null;
}): string {
  if (meta.datasetRelease) return `${DATASET_TITLE}, version ${meta.datasetRelease}${meta.releaseDate ? ` (${meta.releaseDate})` : ''}`;
  return `${DATASET_TITLE}, build ${meta.datasetVersion ?? 'unknown'}${meta.convertedOn ? ` (converted ${meta.convertedOn})` : ''}`;
}

// ---- CSV ----

/** Dimensions that take a value (remedies is free text only). */
const VALUED = DIMENSIONS.filter((d) => d.values.length > 0).map((d) => d.key);

/** Column order of the CSV: record fields, then per dimension its value, its words (free text) and its confidence. */
export const DATASET_CSV_COLUMNS: readonly string[] = [
  'id',
  'actor_slug',
  'actor_name',
  'actor_kind',
  'iso3',
  'authors',
  'title',
  'title_original',
  'date',
  'date_precision',
  'effective_date',
  'type',
  'venue',
  'url',
  'archive_url',
  'language',
  'summary',
  'notes',
  'confidence',
  'quote',
  'quote_locator',
  'quote_role',
  'verified_from',
  ...DIMENSIONS.flatMap((d) => [...((VALUED as readonly string[]).includes(d.key) ? [d.key] : []), `${d.key}_text`, `${d.key}_confidence`]),
  'not_coded',
];

/** Lists inside one CSV cell: slugs and dimensions with ";", URLs with a space, several quotes with " | ". */
export const LIST_SEPARATORS = { authors: ';', not_coded: ';', verified_from: ' ', quote: ' | ' } as const;

const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab / carriage return) as a formula. Such a cell gets one
 * leading apostrophe; so does a cell that already starts with apostrophes before such a character, so the rule can
 * be undone exactly (`restoreCell`). csv-stringify has no option for this.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function toCsvRow(r: DatasetRecord): Record<string, string> {
  const row: Record<string, string | null> = {
    id: r.id,
    actor_slug: r.actor_slug,
    actor_name: r.actor_name,
    actor_kind: r.actor_kind,
    iso3: r.iso3,
    authors: r.authors.join(LIST_SEPARATORS.authors),
    title: r.title,
    title_original: r.title_original,
    date: r.date,
    date_precision: r.date_precision,
    effective_date: r.effective_date,
    type: r.type,
    venue: r.venue,
    url: r.url,
    archive_url: r.archive_url,
    language: r.language,
    summary: r.summary,
    notes: r.notes,
    confidence: r.confidence,
    quote: r.quotes.map((q) => q.quote).join(LIST_SEPARATORS.quote),
    quote_locator: r.quotes.map((q) => q.locator).join(LIST_SEPARATORS.quote),
    quote_role: r.quotes.map((q) => q.quote_role ?? '').join(LIST_SEPARATORS.quote),
    verified_from: r.verified_from.join(LIST_SEPARATORS.verified_from),
    not_coded: r.not_coded.join(LIST_SEPARATORS.not_coded),
  };
  for (const d of DIMENSIONS) {
    const c = r.codings[d.key];
    if ((VALUED as readonly string[]).includes(d.key)) row[d.key] = c?.value ?? null;
    row[`${d.key}_text`] = c?.free_text ?? null;
    row[`${d.key}_confidence`] = c?.confidence ?? null;
  }
  return Object.fromEntries(DATASET_CSV_COLUMNS.map((k) => [k, neutraliseCell(row[k] ?? '')]));
}

/** The CSV text, with a byte-order mark so Excel reads it as UTF-8 (as the other CSV exports do). */
export function datasetCsv(records: readonly DatasetRecord[]): string {
  return '\uFEFF' + stringify(records.map(toCsvRow), { header: true, columns: [...DATASET_CSV_COLUMNS] });
}
