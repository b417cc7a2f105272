/** One export row per actor × dimension cell on screen: the shape of CSV and JSON downloads and of the public API. */
import { valueLabel } from '@/lib/domain/codebook';
import type { MatrixRow } from '@/lib/compare/compare-rows';
import { ACTOR_KIND_LABELS, QUOTE_ROLE_LABELS } from '@/lib/domain/vocabulary';
import { outcomeLabel } from '@/lib/domain/outcome-text';
import { isCoded } from '@/lib/domain/as-of';
import { quoteBacking } from '@/lib/domain/evidence-strength';

export const EXPORT_COLUMNS = [
  'actor',
  'actor_slug',
  'iso3',
  'kind',
  'dimension',
  'outcome',
  'value',
  'value_label',
  'free_text',
  'quote',
  'locator',
  'quote_role',
  'quote_label',
  'document_title',
  'document_date',
  'document_type',
  'url',
  'confidence',
  'quote_backing',
  'below_min_confidence',
  'not_own_words',
  'as_of',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | boolean | null>;

export function toExportRows(rows: readonly MatrixRow[], asOf: string): ExportRow[] {
  return rows.flatMap((r) =>
    r.cells.map((c) => {
      const e = c.evidence;
      const value = isCoded(c.outcome) ? c.outcome.value : null;
      return {
        actor: r.actor.name,
        actor_slug: r.actor.slug,
        iso3: r.actor.iso3,
        kind: ACTOR_KIND_LABELS[r.actor.kind],
        dimension: c.dimension,
        outcome: c.outcome.kind,
        value,
        value_label: value !== null ? valueLabel(c.dimension, value) : outcomeLabel(c.dimension, c.outcome),
        free_text: e?.freeText ?? null,
        quote: e ? e.quotes.map((q) => q.quote).join(' | ') || null : null,
        locator: e ? e.quotes.map((q) => q.locator).join(' | ') || null : null,
        // A context quote is labelled in every export, so a spreadsheet never passes it off as due-diligence wording.
        quote_role: e ? e.quotes.map((q) => q.role ?? 'unknown').join(' | ') || null : null,
        quote_label: e ? e.quotes.map((q) => (q.role ? QUOTE_ROLE_LABELS[q.role] : 'Role not recorded')).join(' | ') || null : null,
        document_title: e?.document.title ?? null,
        document_date: e?.document.date ?? null,
        document_type: e?.document.type ?? null,
        url: e ? (e.document.url ?? e.document.archiveUrl) : null,
        confidence: e?.confidence ?? null,
        // own_words | context_only | no_quote (lib/domain/evidence-strength.ts); null for a cell with no coding.
        quote_backing: e ? quoteBacking(e.quotes) : null,
        below_min_confidence: c.belowMinConfidence,
        not_own_words: c.notOwnWords,
        as_of: asOf,
      };
    }),
  );
}
