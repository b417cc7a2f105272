/**
 * The forms about one coding → payloads: code a dimension of a tracked document, correct a coding, withdraw one.
 * lib/editorial/payloads.ts decides what is valid. Pure.
 */
import { orNull, type FieldSource } from './field-source';

/** The fields a new coding and a correction share: value, words, confidence, a supporting passage, a summary. */
function codingContent(f: FieldSource) {
  const quote = orNull(f.get('passage.quote'));
  const locator = orNull(f.get('passage.locator'));
  return {
    value: orNull(f.get('value')),
    freeText: orNull(f.get('freeText')),
    confidence: f.get('confidence') ?? '',
    confidenceReason: orNull(f.get('confidenceReason')),
    passage: quote === null && locator === null ? null : { quote: quote ?? '', locator: locator ?? '', role: f.get('passage.role') || 'due_diligence' },
    summary: orNull(f.get('summary')),
  };
}

/** A hidden id field as a number; anything else (a hostile or broken form) becomes 0, which the schema refuses. */
const idField = (f: FieldSource, name: string) => {
  const raw = f.get(name) ?? '';
  return /^\d{1,12}$/.test(raw) ? Number(raw) : 0;
};

export function correctionFormToPayload(f: FieldSource): Record<string, unknown> {
  return { kind: 'correction', codingId: idField(f, 'codingId'), ...codingContent(f) };
}

export function withdrawalFormToPayload(f: FieldSource): Record<string, unknown> {
  return { kind: 'withdrawal', codingId: idField(f, 'codingId') };
}

/** Coding a dimension not yet coded for an existing document of an actor (proposal kind "coding"). */
export function codingFormToPayload(f: FieldSource): Record<string, unknown> {
  return {
    kind: 'coding',
    documentSlug: f.get('documentSlug') ?? '',
    actorSlug: f.get('actorSlug') ?? '',
    dimension: f.get('dimension') ?? '',
    ...codingContent(f),
  };
}
