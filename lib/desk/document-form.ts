/**
 * The "new document" form is flat HTML (it works without JavaScript); its field names are the payload's own paths
 * ("document.title", "passages[0].quote", "codings.applicability"), so the write layer's per-field errors land on
 * the right field. This turns the submitted fields into the payload shape; zod (lib/editorial/payloads.ts) decides
 * what is valid. Pure.
 */
import { DIMENSIONS } from '@/lib/domain/codebook';

/** Passage slots shown at first; "More passage slots" adds more (no JavaScript needed). */
export const PASSAGE_SLOTS = 3;
export const MAX_PASSAGE_SLOTS = 20;

export type FieldSource = { get(name: string): string | undefined; getAll(name: string): string[] };

export function fieldSource(form: FormData): FieldSource {
  return {
    get: (name) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    getAll: (name) => form.getAll(name).filter((v): v is string => typeof v === 'string'),
  };
}

/** Empty or blank text means "not given" (null), so optional fields stay optional. */
const orNull = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s);

/** A slug from a name, as the dataset writes them: "Côte d’Ivoire" → "cote-d-ivoire". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}

/** How many passage slots the submitted form had (at least PASSAGE_SLOTS). */
export function passageSlots(f: FieldSource): number {
  const n = Number(f.get('passageSlots'));
  return Number.isInteger(n) ? Math.min(Math.max(n, PASSAGE_SLOTS), MAX_PASSAGE_SLOTS) : PASSAGE_SLOTS;
}

export function documentFormToPayload(f: FieldSource): { payload: Record<string, unknown>; passageSlotOf: number[] } {
  const newActorName = orNull(f.get('newActor.name'));
  const chosen = orNull(f.get('actorSlug'));
  const newActor =
    chosen === null && newActorName !== null
      ? {
          slug: orNull(f.get('newActor.slug')) ?? slugify(newActorName),
          name: newActorName,
          kind: f.get('newActor.kind') ?? 'state',
          iso3: orNull(f.get('newActor.iso3')?.trim().toUpperCase()),
          region: orNull(f.get('newActor.region')),
          subregion: orNull(f.get('newActor.subregion')),
          unRegionalGroup: orNull(f.get('newActor.unRegionalGroup')),
        }
      : null;

  const passages = [];
  const passageSlotOf: number[] = [];
  for (let i = 0; i < passageSlots(f); i++) {
    const quote = orNull(f.get(`passages[${i}].quote`));
    const locator = orNull(f.get(`passages[${i}].locator`));
    // An untouched slot is skipped; a half-filled one is kept so zod names the missing half.
    if (quote === null && locator === null) continue;
    passages.push({ quote: quote ?? '', locator: locator ?? '', role: f.get(`passages[${i}].role`) || 'due_diligence' });
    passageSlotOf.push(i);
  }

  const codings: Record<string, string | null> = {};
  for (const d of DIMENSIONS) if (d.values.length > 0) codings[d.key] = orNull(f.get(`codings.${d.key}`));
  codings.thresholdText = orNull(f.get('codings.thresholdText'));
  codings.remedies = orNull(f.get('codings.remedies'));

  const payload = {
    kind: 'new_document',
    actorSlug: chosen ?? newActor?.slug ?? '',
    newActor,
    coAuthors: f.getAll('coAuthors').filter((s) => s.trim() !== ''),
    document: {
      slug: null,
      title: f.get('document.title') ?? '',
      titleOriginal: orNull(f.get('document.titleOriginal')),
      date: f.get('document.date') ?? '',
      type: f.get('document.type') ?? '',
      venue: f.get('document.venue') ?? '',
      url: orNull(f.get('document.url')),
      archiveUrl: orNull(f.get('document.archiveUrl')),
      language: orNull(f.get('document.language')),
    },
    passages,
    codings,
    confidence: orNull(f.get('confidence')),
    confidenceReason: orNull(f.get('confidenceReason')),
    sources: (f.get('sources') ?? '')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    summary: f.get('summary') ?? '',
    publicNote: orNull(f.get('publicNote')),
  };
  return { payload, passageSlotOf };
}

/**
 * Puts the write layer's per-field errors on the form's fields: passage i of the payload is the i-th filled slot,
 * and a co-author error belongs to the co-author list.
 */
export function errorsForForm(errors: Record<string, string[]>, passageSlotOf: readonly number[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors)) {
    let field = key.replace(/^passages\[(\d+)\]/, (_m, i: string) => `passages[${passageSlotOf[Number(i)] ?? Number(i)}]`);
    if (/^coAuthors\[\d+\]$/.test(field)) field = 'coAuthors';
    (out[field] ??= []).push(...messages);
  }
  return out;
}

/** Everything typed, to put back into the form after an error or a preview (multi-selects joined by newlines). */
export function keptValues(f: FieldSource, form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k] of form.entries()) if (!k.startsWith('$ACTION')) out[k] = k === 'coAuthors' ? f.getAll(k).join('\n') : (f.get(k) ?? '');
  return out;
}
