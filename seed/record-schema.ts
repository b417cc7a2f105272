/** zod schemas for the seed files (one file per actor under seed/actors/, plus literature.json and meta.json). */
import { z } from 'zod';
import { DIMENSIONS, DIMENSION_KEYS, type DimensionKey, type DimensionValue } from '@/lib/codebook';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, DOCUMENT_TYPES } from '@/lib/domain';
import { parsePartialDate } from '@/lib/dates';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, hyphens)');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const partialDate = z.string().refine((s) => parsePartialDate(s) !== null, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');
const isoDay = z.string().refine((s) => parsePartialDate(s)?.precision === 'day', 'must be a real date written YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty');

type ValuedKey = Exclude<DimensionKey, 'remedies'>;
const valuedDimensionShape = Object.fromEntries(
  DIMENSIONS.filter((d) => d.values.length > 0).map((d) => [d.key, z.enum(d.values.map((v) => v.value) as [string, ...string[]]).optional()]),
) as unknown as { [K in ValuedKey]: z.ZodOptional<z.ZodType<DimensionValue<K>>> };

export const codingsSchema = z
  .object({
    ...valuedDimensionShape,
    /** The actor's own words on the harm threshold. */
    threshold_text: text.optional(),
    remedies: text.optional(),
  })
  .strict();

export const documentRecordSchema = z
  .object({
    id: slug,
    title: text,
    title_original: text.nullable().default(null),
    date: partialDate,
    type: z.enum(DOCUMENT_TYPES),
    venue: text,
    url: httpUrl.nullable().default(null),
    archive_url: httpUrl.nullable().default(null),
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code').nullable().default(null),
    authors: z.array(slug).min(1, 'needs at least one author'),
    summary: text,
    quote: text.nullable(),
    quote_locator: text.nullable(),
    confidence: z.enum(CONFIDENCE_LEVELS).nullable(),
    notes: z.string().nullable().default(null),
    verified_from: z.array(httpUrl),
    codings: codingsSchema,
    not_coded: z.array(z.enum(DIMENSION_KEYS)),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.quote === null) !== (r.quote_locator === null)) {
      ctx.addIssue({ code: 'custom', path: ['quote_locator'], message: 'a quote needs a locator and a locator needs a quote' });
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
    iso3: z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters').nullable().default(null),
    region: text.nullable().default(null),
    subregion: text.nullable().default(null),
    un_regional_group: text.nullable().default(null),
    memberships: z.array(membershipSchema).default([]),
    documents: z.array(documentRecordSchema).default([]),
  })
  .strict()
  .refine((a) => a.kind !== 'state' || a.iso3 !== null, { path: ['iso3'], message: 'a State needs an ISO3 code' });

export const literatureSchema = z.array(
  z
    .object({
      id: slug,
      title: text,
      authors: z.array(text).nullable(),
      institution: text.nullable(),
      date: partialDate.nullable(),
      type: text,
      url: httpUrl.nullable(),
      about_actors: z.array(slug),
      view: text.nullable(),
      summary: text,
      note: z.string().nullable().default(null),
    })
    .strict(),
);

export const metaSchema = z
  .object({ dataset_version: text, converted_on: isoDay, source: text, codebook_version: text })
  .strict();

export type ActorFile = z.infer<typeof actorFileSchema>;
export type DocumentRecord = z.infer<typeof documentRecordSchema>;
export type LiteratureRecord = z.infer<typeof literatureSchema>[number];
export type SeedMeta = z.infer<typeof metaSchema>;
export type Seed = { actors: ActorFile[]; literature: LiteratureRecord[]; meta: SeedMeta };
