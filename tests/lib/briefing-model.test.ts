import { describe, expect, it } from 'vitest';
import type { AsOfCoding, Outcome } from '@/lib/as-of';
import { buildBriefing, citationText, type BriefingActorInput } from '@/lib/briefing/model';
import type { CodingEvidence } from '@/lib/evidence';

const doc = (id: number, date: string, effective: string) => ({ id, slug: `d${id}`, date, effective, title: `Paper ${id}`, type: 'position_paper' });
const coding = (id: number, documentId: number, value: string, confidence: 'high' | 'low' = 'high'): AsOfCoding => ({ id, documentId, dimension: 'applicability', value, freeText: null, confidence });
const evidence = (c: AsOfCoding, date: string): CodingEvidence => ({
  codingId: c.id,
  value: c.value,
  freeText: null,
  summary: `Summary of coding ${c.id}.`,
  confidence: c.confidence!,
  confidenceReason: null,
  verifiedFrom: [],
  createdAt: '2026-01-01',
  quotes: [{ quote: 'words', locator: 'para. 3.' }],
  document: { slug: `d${c.documentId}`, title: `Paper ${c.documentId}`, date, datePrecision: 'day', type: 'position_paper', venue: 'v', url: `https://example.org/${c.documentId}`, archiveUrl: null },
});

function actor(outcome: Outcome, extra: Partial<BriefingActorInput> = {}): BriefingActorInput {
  return { slug: 'a', name: 'Alpha', isBloc: false, outcomes: { applicability: outcome }, evidence: new Map(), documents: [], codings: [], citations: new Map(), ...extra };
}

const base = { title: 'T', purpose: null, generatedOn: '2026-11-22', asOf: '2026-11-22', datasetVersion: 'v', datasetDate: '2026-11-22', dims: ['applicability' as const] };

describe('buildBriefing', () => {
  it('footnotes the value and our summary, and says when the position changed, citing both documents', () => {
    const d1 = doc(1, '2015-01-01', '2015-01-01');
    const d2 = doc(2, '2021-06-01', '2021-06-01');
    const c1 = coding(10, 1, 'voluntary_norm');
    const c2 = coding(20, 2, 'binding_obligation', 'low');
    const outcome: Outcome = { kind: 'value', value: 'binding_obligation', coding: c2, document: { id: 2, slug: 'd2', date: d2.date }, laterNoFinding: [], laterNotCoded: [] };
    const citations = new Map([
      [1, { title: 'Paper 1', date: d1.date, locator: null, url: 'https://example.org/1', confidence: 'high' as const, type: 'position_paper' as const }],
      [2, { title: 'Paper 2', date: d2.date, locator: null, url: 'https://example.org/2', confidence: 'low' as const, type: 'position_paper' as const }],
    ]);
    const pack = buildBriefing({ ...base, actors: [actor(outcome, { evidence: new Map([[20, evidence(c2, d2.date)]]), documents: [d1, d2], codings: [c1, c2], citations })] });
    const texts = pack.sections[0]!.statements.map((s) => s.text);
    expect(texts[0]).toBe('Applicability: Binding obligation — position paper of 1 June 2021.');
    expect(texts[1]).toBe('Our summary of that document: Summary of coding 20.');
    expect(texts[2]).toBe('Change: on applicability, Alpha moved from “Voluntary norm only” (2015) to “Binding obligation” (2021).');
    expect(pack.sections[0]!.statements.map((s) => s.footnote)).toEqual([1, 2, 3]);
    expect(pack.sections[0]!.statements.every((s) => s.lowConfidence)).toBe(true);
    expect(pack.footnotes[2]!.citations.map((c) => c.url)).toEqual(['https://example.org/1', 'https://example.org/2']);
    expect(pack.matrix[0]!.cells[0]).toEqual({ text: 'Binding obligation (2021)', lowConfidence: true });
  });

  it('says plainly when no document is tracked, without a footnote', () => {
    const pack = buildBriefing({ ...base, actors: [actor({ kind: 'no_document' })] });
    expect(pack.sections[0]!.statements).toEqual([{ text: 'No document of Alpha dated on or before 2026-11-22 is tracked.', footnote: null, lowConfidence: false }]);
    expect(pack.footnotes).toEqual([]);
    expect(pack.matrix[0]!.cells[0]!.text).toBe('No document tracked');
  });
});

describe('citationText', () => {
  it('writes title, date, locator (without a doubled full stop) and URL', () => {
    expect(citationText({ title: 'Paper', date: '2023-07', locator: 'para. 4.', url: 'https://x.org', confidence: 'high' })).toBe('Paper (July 2023), para. 4. https://x.org');
    expect(citationText({ title: 'Paper', date: '2020', locator: null, url: null, confidence: 'low' })).toBe('Paper (2020). [low confidence] No official URL known.');
  });
});
