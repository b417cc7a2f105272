/**
 * The "new document" form is flat HTML (it works without JavaScript); its field names are the payload's own paths
 * ("document.title", "passages[0].quote", "codings.applicability"), so the write layer's per-field errors land on
 * the right field. This turns the submitted fields into the payload shape; zod (lib/editorial/payloads.ts) decides
 * what is valid. Pure.
 */
import { DIMENSIONS } from '@/lib/domain/codebook';
import { orNull, type FieldSource } from './field-source';
import type { Placement } from './issues';

/** Passage slots shown at first; "More passage slots" adds more (no JavaScript needed). */
export const PASSAGE_SLOTS = 3;
export const MAX_PASSAGE_SLOTS = 20;

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

/** How many passage slots a form shows, from its hidden `passageSlots` field (between PASSAGE_SLOTS and the maximum). */
export function slotCount(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) ? Math.min(Math.max(n, PASSAGE_SLOTS), MAX_PASSAGE_SLOTS) : PASSAGE_SLOTS;
}

const passageSlots = (f: FieldSource) => slotCount(f.get('passageSlots'));

/** The submitted form as a payload, and where each payload path shows on the form. */
/** A document's own fields as the new-document and correction forms send them (`document.*`), before validation. */
export function documentRecordFields(f: FieldSource) {
  return {
    title: f.get('document.title') ?? '',
    titleOriginal: orNull(f.get('document.titleOriginal')),
    date: f.get('document.date') ?? '',
    type: f.get('document.type') ?? '',
    venue: f.get('document.venue') ?? '',
    url: orNull(f.get('document.url')),
    archiveUrl: orNull(f.get('document.archiveUrl')),
  };
}

export function documentFormToPayload(f: FieldSource): { payload: Record<string, unknown>; place: Placement } {
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

  const sources = sourceLines(f.get('sources') ?? '');
  const payload = {
    kind: 'new_document',
    actorSlug: chosen ?? newActor?.slug ?? '',
    newActor,
    coAuthors: f.getAll('coAuthors').filter((s) => s.trim() !== ''),
    document: { slug: null, ...documentRecordFields(f), language: orNull(f.get('document.language')) },
    passages,
    codings,
    confidence: orNull(f.get('confidence')),
    confidenceReason: orNull(f.get('confidenceReason')),
    sources: sources.map((s) => s.url),
    summary: f.get('summary') ?? '',
    publicNote: orNull(f.get('publicNote')),
  };
  return { payload, place: documentPlacement(passageSlotOf, sources) };
}

/** The Sources box: one URL per line; blank lines are skipped, and each URL keeps the line number the editor sees. */
export function sourceLines(text: string): { url: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((s, i) => ({ url: s.trim(), line: i + 1 }))
    .filter((s) => s.url !== '');
}

/**
 * Payload paths → form fields: passage i of the payload is the i-th filled slot, a co-author error belongs to the
 * co-author list, and an error in the sources names the line ("Line 4: …").
 */
export function documentPlacement(passageSlotOf: readonly number[], sources: readonly { url: string; line: number }[]): Placement {
  return (path) => {
    const passage = /^passages\[(\d+)\](.*)$/.exec(path);
    if (passage) return { field: `passages[${passageSlotOf[Number(passage[1])] ?? Number(passage[1])}]${passage[2]}` };
    if (/^coAuthors\[\d+\]$/.test(path)) return { field: 'coAuthors' };
    const source = /^sources\[(\d+)\]$/.exec(path);
    if (source) {
      const s = sources[Number(source[1])];
      return { field: 'sources', prefix: s ? `Line ${s.line} (${s.url.length > 60 ? `${s.url.slice(0, 57)}…` : s.url}): ` : '' };
    }
    return null;
  };
}
