/**
 * What an editor may propose, as zod schemas shared by the desk forms (client and server) and the write layer.
 * Pure: no Node or database imports. Whether a slug or coding exists is checked by the write layer at publish time.
 */
import { z } from 'zod';
import { DIMENSION_KEYS, DIMENSIONS, type ValuedDimensionKey } from '@/lib/domain/codebook';
import { codedDimensions, readStatements } from '@/lib/dataset/coding-content';
import { parsePartialDate } from '@/lib/domain/dates';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, DOCUMENT_TYPES } from '@/lib/domain/vocabulary';
import { LIMITS, boundedList, httpUrl, slugText, textField } from '@/lib/domain/limits';
import { sourceMetadataSchema } from '@/lib/sources/attach-input';
import { SOURCE_KINDS, SOURCE_UNITS } from '@/lib/sources/vocabulary';

/** Proposals hold a handful of passages; more is a mistake (or an attack), not a document. */
const MAX_PASSAGES = 20;

/** Where a quote stands (dataset 1.1 `quote_role`): the actor's due-diligence wording, or context read around it. */
export const QUOTE_ROLES = ['due_diligence', 'context'] as const;

const partialDate = z
  .string()
  .trim()
  .refine((s) => parsePartialDate(s) !== null, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

export const newActorSchema = z
  .object({
    slug: slugText(),
    name: textField('name'),
    kind: z.enum(ACTOR_KINDS),
    iso3: optional(z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters')),
    region: optional(textField('name')),
    subregion: optional(textField('name')),
    unRegionalGroup: optional(textField('name')),
  })
  .strict()
  .refine((a) => a.kind !== 'state' || a.iso3 !== null, { path: ['iso3'], message: 'a State needs an ISO3 code' });

export const passageSchema = z
  .object({
    quote: textField('quote', { multiline: true }),
    locator: textField('title'),
    role: z.enum(QUOTE_ROLES),
  })
  .strict();

/** One value per dimension that has values; null means "not coded" (different from any value, including silent). */
const valueShape = Object.fromEntries(
  DIMENSIONS.filter((d) => d.values.length > 0).map((d) => [d.key, optional(z.enum(d.values.map((v) => v.value) as [string, ...string[]]))]),
) as Record<ValuedDimensionKey, z.ZodDefault<z.ZodNullable<z.ZodEnum<Record<string, string>>>>>;

export const codingsInputSchema = z
  .object({
    ...valueShape,
    /** The actor's own words on the harm threshold. */
    thresholdText: optional(textField('summary', { multiline: true })),
    remedies: optional(textField('summary', { multiline: true })),
  })
  .strict();

/**
 * A source file proposed with a document (or for a tracked one): what the server read from the file when it was
 * proposed, bound by its SHA-256 to the bytes the write layer keeps with the proposal (proposal_sources), and the
 * editor's details — where and when it was obtained, and whether it may be offered for download.
 */
export const proposedSourceSchema = sourceMetadataSchema.extend({
  file: z
    .object({
      fileName: textField('title'),
      mediaType: z.string().max(LIMITS.text.slug),
      sizeBytes: z.number().int().positive(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
      kind: z.enum(SOURCE_KINDS),
      unitKind: z.enum(SOURCE_UNITS),
      unitCount: z.number().int().positive(),
    })
    .strict(),
});

export const newDocumentPayloadSchema = z
  .object({
    kind: z.literal('new_document'),
    /** The actor the document is filed under: an existing slug, or the slug of `newActor`. */
    actorSlug: slugText(),
    newActor: optional(newActorSchema),
    coAuthors: boundedList(slugText(), 'authors').default([]),
    document: z
      .object({
        /** Optional: the write layer derives one from actor, date and type when absent. */
        slug: optional(slugText()),
        title: textField('title'),
        titleOriginal: optional(textField('title')),
        date: partialDate,
        type: z.enum(DOCUMENT_TYPES),
        venue: textField('title'),
        url: optional(httpUrl()),
        archiveUrl: optional(httpUrl()),
        language: optional(z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code')),
      })
      .strict(),
    passages: z.array(passageSchema).max(MAX_PASSAGES, `must have at most ${MAX_PASSAGES} passages`).default([]),
    codings: codingsInputSchema,
    confidence: optional(z.enum(CONFIDENCE_LEVELS)),
    confidenceReason: optional(textField('notes', { multiline: true })),
    sources: boundedList(httpUrl(), 'sources').default([]),
    summary: textField('summary', { multiline: true }),
    publicNote: optional(textField('notes', { multiline: true })),
    /** The document's source file, attached when the document is published. */
    source: optional(proposedSourceSchema),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.newActor && p.newActor.slug !== p.actorSlug) {
      ctx.addIssue({ code: 'custom', path: ['actorSlug'], message: 'must be the new actor’s slug when a new actor is proposed' });
    }
    if (p.coAuthors.includes(p.actorSlug)) ctx.addIssue({ code: 'custom', path: ['coAuthors'], message: 'must not repeat the actor' });
    if (new Set(p.coAuthors).size !== p.coAuthors.length) ctx.addIssue({ code: 'custom', path: ['coAuthors'], message: 'must not list an actor twice' });
    const anyCoded = codedDimensions(readStatements(p.codings, 'form')).length > 0;
    if (anyCoded && p.confidence === null)
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'a coded document needs a confidence (high, medium or low)' });
    if (anyCoded && p.codings.applicability === null) {
      ctx.addIssue({ code: 'custom', path: ['codings', 'applicability'], message: 'applicability is required whenever anything is coded' });
    }
    if (anyCoded && p.passages.length === 0) ctx.addIssue({ code: 'custom', path: ['passages'], message: 'a coding needs at least one quoted passage' });
  });

/** A correction of one current coding: a new row that supersedes it (the old row stays as history). */
export const correctionPayloadSchema = z
  .object({
    kind: z.literal('correction'),
    /** The current (unsuperseded) coding being corrected. */
    codingId: z.number().int().positive(),
    /** null = "not coded" for this dimension (the words, if any, stay in freeText). */
    value: optional(z.string().max(LIMITS.text.slug)),
    freeText: optional(textField('summary', { multiline: true })),
    confidence: z.enum(CONFIDENCE_LEVELS),
    confidenceReason: optional(textField('notes', { multiline: true })),
    /** A new passage that supports the corrected coding; null keeps the passages of the coding it corrects. */
    passage: optional(passageSchema),
    summary: optional(textField('summary', { multiline: true })),
  })
  .strict();

/**
 * Coding a dimension of an existing document that has no current coding for it yet (verification queue: "uncoded
 * dimensions"); a dimension whose coding was withdrawn may be coded again this way.
 */
export const codingPayloadSchema = z
  .object({
    kind: z.literal('coding'),
    documentSlug: slugText(),
    actorSlug: slugText(),
    dimension: z.enum(DIMENSION_KEYS),
    /** The codebook value; null for remedies (words only) or for threshold words without a value. */
    value: optional(z.string().max(LIMITS.text.slug)),
    freeText: optional(textField('summary', { multiline: true })),
    confidence: z.enum(CONFIDENCE_LEVELS),
    confidenceReason: optional(textField('notes', { multiline: true })),
    /** The passage that supports it; null links the document's passages already on record. */
    passage: optional(passageSchema),
    /** Our summary for this coding; null keeps the document's summary for this actor. */
    summary: optional(textField('summary', { multiline: true })),
  })
  .strict()
  .refine((c) => c.value !== null || c.freeText !== null, { path: ['value'], message: 'choose a value (or, for threshold and remedies, give the words)' });

/** Withdrawal of one current coding (we no longer stand by it); a new row with no value and no words. */
export const withdrawalPayloadSchema = z.object({ kind: z.literal('withdrawal'), codingId: z.number().int().positive() }).strict();

/** The source file of a tracked document, attached (or replacing the one we hold) when a reviewer approves. */
export const attachSourcePayloadSchema = z.object({ kind: z.literal('attach_source'), documentSlug: slugText(), source: proposedSourceSchema }).strict();
/**
 * A correction of a document's own record: any of its fields, its authors, and our reading of it for one author
 * (summary, public note). A field left out stays as it is; null clears an optional field. The proposal's reason is
 * shown publicly with the correction. `actorSlug`: the author whose page it starts from, whose reading it corrects.
 */
export const documentCorrectionPayloadSchema = z
  .object({
    kind: z.literal('document_correction'),
    documentSlug: slugText(),
    actorSlug: slugText(),
    document: z
      .object({
        title: textField('title').optional(),
        titleOriginal: textField('title').nullable().optional(),
        date: partialDate.optional(),
        type: z.enum(DOCUMENT_TYPES).optional(),
        venue: textField('title').optional(),
        url: httpUrl().nullable().optional(),
        archiveUrl: httpUrl().nullable().optional(),
      })
      .strict()
      .default({}),
    /** Every author, in order; authors left out leave the document (their codings of it are withdrawn). */
    authors: boundedList(slugText(), 'authors').min(1, 'must name at least one author').optional(),
    summary: textField('summary', { multiline: true }).optional(),
    notes: textField('notes', { multiline: true }).nullable().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.authors && new Set(p.authors).size !== p.authors.length) ctx.addIssue({ code: 'custom', path: ['authors'], message: 'must not list an actor twice' });
  });

/** Withdrawal of a whole document (a duplicate, or not the actor's): it leaves every public view; its page says why. */
export const documentWithdrawalPayloadSchema = z.object({ kind: z.literal('document_withdrawal'), documentSlug: slugText(), actorSlug: slugText() }).strict();

export const proposalPayloadSchema = z.discriminatedUnion('kind', [
  newDocumentPayloadSchema,
  codingPayloadSchema,
  correctionPayloadSchema,
  withdrawalPayloadSchema,
  attachSourcePayloadSchema,
  documentCorrectionPayloadSchema,
  documentWithdrawalPayloadSchema,
]);

export type NewActorInput = z.infer<typeof newActorSchema>;
export type PassageInput = z.infer<typeof passageSchema>;
export type CodingsInput = z.infer<typeof codingsInputSchema>;
export type NewDocumentPayload = z.infer<typeof newDocumentPayloadSchema>;
export type CodingPayload = z.infer<typeof codingPayloadSchema>;
export type CorrectionPayload = z.infer<typeof correctionPayloadSchema>;
export type WithdrawalPayload = z.infer<typeof withdrawalPayloadSchema>;
export type DocumentCorrectionPayload = z.infer<typeof documentCorrectionPayloadSchema>;
export type DocumentWithdrawalPayload = z.infer<typeof documentWithdrawalPayloadSchema>;
export type ProposalPayload = z.infer<typeof proposalPayloadSchema>;
export type ProposedSource = z.infer<typeof proposedSourceSchema>;
export type AttachSourcePayload = z.infer<typeof attachSourcePayloadSchema>;
export type NewDocumentPayloadInput = z.input<typeof newDocumentPayloadSchema>;
/** What a form may send before defaults are applied. */
export type ProposalPayloadInput = z.input<typeof proposalPayloadSchema>;

/** The source file a proposal brings (with a new document, or for a tracked one), or null. */
export function proposedSourceOf(p: ProposalPayload): ProposedSource | null {
  if (p.kind === 'attach_source') return p.source;
  return p.kind === 'new_document' ? p.source : null;
}

/** The dataset's id style: `<actor>-<date>-<type>` with hyphens, e.g. "denmark-2020-joint-statement". */
export function documentSlugFor(actorSlug: string, date: string, type: string): string {
  return `${actorSlug}-${date}-${type}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
