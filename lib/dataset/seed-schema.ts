/** zod schemas for the seed files (one file per actor under seed/actors/, plus literature.json and meta.json). */
import { z } from 'zod';
import {
  DIMENSION_KEYS,
  DIMENSIONS,
  isFreeTextDimension,
  type DimensionKey,
  type DimensionValue,
  type FreeTextDimensionKey,
  type ValuedDimensionKey,
  type WordedDimensionKey,
} from '@/lib/domain/codebook';
import { codedDimensions, codingFields, isStated, readStatements } from './coding-content';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, DOCUMENT_TYPES, QUOTE_ROLES } from '@/lib/domain/vocabulary';
import { parsePartialDate } from '@/lib/domain/dates';
import { LIMITS, boundedList, optionalNote, textField, urlField } from '@/lib/domain/limits';

const slug = z
  .string()
  .max(LIMITS.text.slug, `must be at most ${LIMITS.text.slug} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, hyphens)');
// Lengths, clean text and URL rules come from lib/limits.ts (shared with the import and the editor forms).
const httpUrl = urlField();
const partialDate = z.string().refine((s) => parsePartialDate(s) !== null, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');
const isoDay = z.string().refine((s) => parsePartialDate(s)?.precision === 'day', 'must be a real date written YYYY-MM-DD');
const text = textField('name');
const title = textField('title');
const summary = textField('summary', { multiline: true });
const quote = textField('quote', { multiline: true });
const notes = optionalNote('notes');

/** A seed record's `codings`: each coded value, and the actor's words (`<key>_text`, or the free-text dimension's key). */
export type SeedCodings = { [K in ValuedDimensionKey]?: DimensionValue<K> } & { [K in WordedDimensionKey as `${K}_text`]?: string } & {
  [K in FreeTextDimensionKey]?: string;
};

// Built from the codebook and lib/dataset/coding-content.ts (which alone knows how the words are spelt), in codebook order.
const valuesOf = (key: DimensionKey) => DIMENSIONS.find((d) => d.key === key)!.values.map((v) => v.value) as [string, ...string[]];
export const codingsSchema = z
  .object(Object.fromEntries(codingFields('seed').map((f) => [f.field, f.holds === 'value' ? z.enum(valuesOf(f.key)).optional() : summary.optional()])))
  .strict() as unknown as z.ZodObject<{ [field: string]: z.ZodOptional<z.ZodString> }, z.core.$strict> & z.ZodType<SeedCodings>;

export const documentRecordSchema = z
  .object({
    id: slug,
    title,
    title_original: title.nullable().default(null),
    date: partialDate,
    type: z.enum(DOCUMENT_TYPES),
    venue: title,
    url: httpUrl.nullable().default(null),
    archive_url: httpUrl.nullable().default(null),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code')
      .nullable()
      .default(null),
    authors: boundedList(slug, 'authors').min(1, 'needs at least one author'),
    summary,
    quote: quote.nullable(),
    quote_locator: title.nullable(),
    /** Dataset 1.1: set whenever there is a quote (the converter insists); null in seeds made before 1.1. */
    quote_role: z.enum(QUOTE_ROLES).nullable().default(null),
    confidence: z.enum(CONFIDENCE_LEVELS).nullable(),
    /** Dataset 1.1: dimensions whose confidence differs from the record's. */
    coding_confidence: z.partialRecord(z.enum(DIMENSION_KEYS), z.enum(CONFIDENCE_LEVELS)).default({}),
    notes: notes.nullable().default(null),
    verified_from: boundedList(httpUrl, 'sources'),
    codings: codingsSchema,
    not_coded: z.array(z.enum(DIMENSION_KEYS)),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.quote === null) !== (r.quote_locator === null)) {
      ctx.addIssue({ code: 'custom', path: ['quote_locator'], message: 'a quote needs a locator and a locator needs a quote' });
    }
    if (r.quote === null && r.quote_role !== null) {
      ctx.addIssue({ code: 'custom', path: ['quote_role'], message: 'a role needs a quote' });
    }
    const statements = readStatements(r.codings, 'seed');
    const anyCoded = codedDimensions(statements).length > 0;
    if (anyCoded && r.confidence === null) {
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'a coded record needs a confidence (high, medium or low)' });
    }
    if (!anyCoded && r.confidence !== null) {
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'a record with no codings must have confidence null' });
    }
    if (anyCoded && statements.applicability === undefined) {
      ctx.addIssue({ code: 'custom', path: ['codings', 'applicability'], message: 'applicability is required whenever anything is coded' });
    }
    for (const key of Object.keys(r.coding_confidence) as DimensionKey[]) {
      if (!isStated(statements[key])) ctx.addIssue({ code: 'custom', path: ['coding_confidence', key], message: `"${key}" has a confidence but is not coded` });
    }
    for (const key of r.not_coded) {
      // The threshold's words without a value still count as "not coded" (dataset rule): only a value contradicts it.
      const coded = isFreeTextDimension(key) ? statements[key]?.words : statements[key]?.value;
      if (coded) ctx.addIssue({ code: 'custom', path: ['not_coded'], message: `"${key}" is both coded and listed as not coded` });
    }
  });

export const membershipSchema = z
  .object({ group: slug, from: isoDay, to: isoDay.nullable().default(null) })
  .strict()
  .refine((m) => m.to === null || m.to >= m.from, { path: ['to'], message: 'must not be before "from"' });

export const actorFileSchema = z
  .object({
    slug,
    name: text,
    kind: z.enum(ACTOR_KINDS),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be three capital letters')
      .nullable()
      .default(null),
    region: text.nullable().default(null),
    subregion: text.nullable().default(null),
    un_regional_group: text.nullable().default(null),
    memberships: boundedList(membershipSchema, 'memberships').default([]),
    documents: boundedList(documentRecordSchema, 'documents').default([]),
  })
  .strict()
  .refine((a) => a.kind !== 'state' || a.iso3 !== null, { path: ['iso3'], message: 'a State needs an ISO3 code' });

export const literatureSchema = z.array(
  z
    .object({
      id: slug,
      title,
      authors: boundedList(text, 'authors').nullable(),
      institution: text.nullable(),
      date: partialDate.nullable(),
      type: text,
      url: httpUrl.nullable(),
      about_actors: boundedList(slug, 'mentions'),
      view: text.nullable(),
      summary,
      note: notes.nullable().default(null),
    })
    .strict(),
);

export const metaSchema = z
  .object({
    dataset_version: text,
    /** The curators' release number and date (dataset 1.1 on): "1.1", "2026-12-01". */
    dataset_release: text.optional(),
    release_date: isoDay.optional(),
    converted_on: isoDay,
    source: text,
    codebook_version: text,
  })
  .strict();

export type ActorFile = z.infer<typeof actorFileSchema>;
export type DocumentRecord = z.infer<typeof documentRecordSchema>;
export type LiteratureRecord = z.infer<typeof literatureSchema>[number];
export type SeedMeta = z.infer<typeof metaSchema>;
/** A seed folder: the actors, further reading, the dataset's facts and its release notes (CHANGELOG.md, Markdown, when present). */
export type Seed = { actors: ActorFile[]; literature: LiteratureRecord[]; meta: SeedMeta; releaseNotes?: string | null };
