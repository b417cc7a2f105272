/** The correction and withdrawal forms → payloads (lib/editorial/payloads.ts decides validity). Pure. */
import type { FieldSource } from './document-form';

const orNull = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s);

export function correctionFormToPayload(f: FieldSource): Record<string, unknown> {
  const quote = orNull(f.get('passage.quote'));
  const locator = orNull(f.get('passage.locator'));
  return {
    kind: 'correction',
    codingId: Number(f.get('codingId')),
    value: orNull(f.get('value')),
    freeText: orNull(f.get('freeText')),
    confidence: f.get('confidence') ?? '',
    confidenceReason: orNull(f.get('confidenceReason')),
    passage: quote === null && locator === null ? null : { quote: quote ?? '', locator: locator ?? '', role: f.get('passage.role') || 'due_diligence' },
    summary: orNull(f.get('summary')),
  };
}

export function withdrawalFormToPayload(f: FieldSource): Record<string, unknown> {
  return { kind: 'withdrawal', codingId: Number(f.get('codingId')) };
}

/** Coding a dimension not yet coded for an existing document of an actor (proposal kind "coding"). */
export function codingFormToPayload(f: FieldSource): Record<string, unknown> {
  const c = correctionFormToPayload(f);
  delete c.codingId;
  return { ...c, kind: 'coding', documentSlug: f.get('documentSlug') ?? '', actorSlug: f.get('actorSlug') ?? '', dimension: f.get('dimension') ?? '' };
}
