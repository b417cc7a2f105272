/** Shapes an actor's document events into chart points and list rows: one array feeds both, so they agree. */
import type { DocumentEvent } from './changes';
import { DIMENSION_LABELS } from './codebook';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from './domain';
import { outcomeLabel } from './outcome-text';

export type TimelineEntry = {
  t: number;
  date: string;
  slug: string;
  type: string;
  title: string;
  /** "Applicability: Voluntary norm only → Binding obligation" */
  changes: string[];
};

export function toTimelineEntries(events: readonly DocumentEvent[]): TimelineEntry[] {
  return events.map((e) => ({
    t: Date.parse(`${e.document.effective}T00:00:00Z`),
    date: e.document.date,
    slug: e.document.slug,
    type: DOCUMENT_TYPE_LABELS[e.document.type as DocumentType] ?? e.document.type,
    title: e.document.title,
    changes: e.changes.map((c) => `${DIMENSION_LABELS[c.dimension]}: ${outcomeLabel(c.dimension, c.from)} → ${outcomeLabel(c.dimension, c.to)}`),
  }));
}
