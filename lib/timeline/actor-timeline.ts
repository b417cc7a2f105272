/** Shapes an actor's document events into chart points and list rows: one array feeds both, so they agree. */
import { describeChange } from '@/lib/changes/change-text';
import type { DocumentEvent } from '@/lib/changes/changes';
import { DOCUMENT_TYPE_LABELS, type Confidence, type DocumentType } from '@/lib/domain/vocabulary';
import { codingOf } from '@/lib/domain/as-of';

export type TimelineChange = { text: string; confidence: Confidence | null };

export type TimelineEntry = {
  /** Milliseconds of the day the document takes effect (the chart's x). */
  t: number;
  date: string;
  slug: string;
  type: string;
  title: string;
  coded: boolean;
  /** "Applicability: Voluntary norm only → Binding obligation", each with the confidence of the new value. */
  changes: TimelineChange[];
};

function confidenceOf(o: DocumentEvent['changes'][number]['to']): Confidence | null {
  return codingOf(o)?.confidence ?? null;
}

export function toTimelineEntries(events: readonly DocumentEvent[]): TimelineEntry[] {
  return events.map((e) => ({
    t: Date.parse(`${e.document.effective}T00:00:00Z`),
    date: e.document.date,
    slug: e.document.slug,
    type: DOCUMENT_TYPE_LABELS[e.document.type as DocumentType] ?? e.document.type,
    title: e.document.title,
    coded: e.coded,
    changes: e.changes.map((c) => ({ text: describeChange(c.dimension, c.from, c.to), confidence: confidenceOf(c.to) })),
  }));
}
