/** zod schemas for the seed files (one file per actor under seed/actors/, plus literature.json and meta.json). */
import { z } from 'zod';
import { DIMENSION_KEYS, DIMENSIONS, type DimensionValue, type ValuedDimensionKey } from '@/lib/domain/codebook';
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

type ValuedKey = ValuedDimensionKey;
const valuedDimensionShape = Object.fromEntries(
  DIMENSIONS.filter((d) => d.values.length > 0).map((d) => [d.key, z.enum(d.values.map((v) => v.value) as [string, ...string[]]).optional()]),
) as unknown as { [K in ValuedKey]: z.ZodOptional<z.ZodType<DimensionValue<K>>> };

export const codingsSchema = z
  .object({
    ...valuedDimensionShape,
    /** The actor's own words on the harm threshold. */
    threshold_text: summary.optional(),
    remedies: summary.optional(),
  })
  .strict();

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
    const coded = DIMENSION_KEYS.filter((k) => (r.codings as Record<string, unknown>)[k] !== undefined || (k === 'threshold' && r.codings.threshold_text));
    const anyCoded = coded.length > 0;
    if (anyCoded && r.confidence === null) {
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'a coded record needs a confidence (high, medium or low)' });
    }
    if (!anyCoded && r.confidence !== null) {
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'a record with no codings must have confidence null' });
    }
    if (anyCoded && (r.codings as Record<string, unknown>).applicability === undefined) {
      ctx.addIssue({ code: 'custom', path: ['codings', 'applicability'], message: 'applicability is required whenever anything is coded' });
    }
    for (const key of Object.keys(r.coding_confidence)) {
      const codedHere = (r.codings as Record<string, unknown>)[key] !== undefined || (key === 'threshold' && r.codings.threshold_text);
      if (!codedHere) ctx.addIssue({ code: 'custom', path: ['coding_confidence', key], message: `"${key}" has a confidence but is not coded` });
    }
    for (const key of r.not_coded) {
      if ((r.codings as Record<string, unknown>)[key] !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['not_coded'], message: `"${key}" is both coded and listed as not coded` });
      }
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
