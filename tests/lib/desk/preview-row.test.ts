import { describe, expect, it } from 'vitest';
import type { AsOfCoding, AsOfDocument } from '@/lib/domain/as-of';
import { changedDimensions, previewRows, type RowEvidence } from '@/lib/desk/preview-row';
import { rowChangeOf } from '@/lib/desk/row-change';
import { newDocumentPayloadSchema } from '@/lib/editorial/payloads';

const doc = (id: number, date: string): AsOfDocument => ({ id, slug: `d${id}`, date, effective: `${date}-12-31`.slice(0, 10) });
let nextId = 100;
const coding = (documentId: number, dimension: AsOfCoding['dimension'], value: string | null, freeText: string | null = null): AsOfCoding => ({
  id: (nextId += 1),
  documentId,
  dimension,
  value,
  freeText,
  confidence: 'medium',
});

// An actor with a legal view in 2020 and a later political statement: the 2020 view holds (as-of rule 1.1.0).
const evidence: RowEvidence = {
  documents: [doc(1, '2020'), doc(2, '2022')],
  codings: [coding(1, 'applicability', 'binding_obligation'), coding(1, 'knowledge', 'actual'), coding(2, 'applicability', 'political_support')],
};
const cell = (rows: ReturnType<typeof previewRows>['after'], d: string) => rows.find((r) => r.dimension === d)!.outcome;

describe('the preview row of an actor with other documents', () => {
  const payload = newDocumentPayloadSchema.parse({
    kind: 'new_document',
    actorSlug: 'x',
    document: { title: 't', date: '2024-05-01', type: 'speech', venue: 'v' },
    passages: [{ quote: 'q', locator: 'l', role: 'due_diligence' }],
    codings: { applicability: 'silent', prevention: 'includes_prevention' },
    confidence: 'low',
    summary: 's',
  });
  const rows = previewRows(evidence, rowChangeOf(payload, null)!, '2026-12-06');

  it('keeps what the other documents decide: a later silence never erases a legal view', () => {
    expect(cell(rows.before, 'applicability')).toMatchObject({ kind: 'value', value: 'binding_obligation' });
    expect(cell(rows.after, 'applicability')).toMatchObject({ kind: 'value', value: 'binding_obligation', laterNoFinding: [{ date: '2024-05-01' }] });
    expect(cell(rows.after, 'knowledge')).toMatchObject({ kind: 'value', value: 'actual' });
  });

  it('shows what the new document adds, and names only the cells whose value changes', () => {
    expect(cell(rows.before, 'prevention')).toMatchObject({ kind: 'not_coded' });
    expect(cell(rows.after, 'prevention')).toMatchObject({ kind: 'value', value: 'includes_prevention', coding: { confidence: 'low' } });
    // Applicability gains a note (a later silence) but keeps its value: it is not a change.
    expect(changedDimensions(rows)).toEqual(['prevention']);
  });

  it('for an actor without documents, every cell not coded by the proposal is "not yet coded", never "no document"', () => {
    const fresh = previewRows({ documents: [], codings: [] }, rowChangeOf(payload, null)!, '2026-12-06');
    expect(cell(fresh.before, 'knowledge')).toEqual({ kind: 'no_document' });
    expect(cell(fresh.after, 'knowledge')).toMatchObject({ kind: 'not_coded' });
  });
});

describe('the preview row of a correction and a withdrawal', () => {
  const target = evidence.codings[0]!;
  it('replaces the corrected coding', () => {
    const change = rowChangeOf(
      {
        kind: 'correction',
        codingId: target.id,
        value: 'voluntary_norm',
        freeText: null,
        confidence: 'high',
        confidenceReason: null,
        passage: null,
        summary: null,
      },
      { id: target.id, dimension: 'applicability', freeText: null },
    )!;
    const rows = previewRows(evidence, change, '2026-12-06');
    // Without the legal view, the later political statement decides the cell (tier 2 is now the highest present).
    expect(cell(rows.after, 'applicability')).toMatchObject({ kind: 'value', value: 'voluntary_norm' });
  });

  it('a withdrawal leaves the later political statement to decide', () => {
    const change = rowChangeOf({ kind: 'withdrawal', codingId: target.id }, { id: target.id, dimension: 'applicability', freeText: null })!;
    const rows = previewRows(evidence, change, '2026-12-06');
    expect(cell(rows.after, 'applicability')).toMatchObject({ kind: 'value', value: 'political_support', document: { date: '2022' } });
  });
});
