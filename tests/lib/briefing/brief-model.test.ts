import { describe, expect, it } from 'vitest';
import { buildBrief } from '@/lib/briefing/brief-model';
import { CONTEXT_QUOTE_LABEL } from '@/lib/domain/vocabulary';
import { actorInput, BASE, coding, doc } from './inputs';

const ALL = ['applicability', 'knowledge', 'threshold', 'prevention', 'monitoring'] as const;

/** Three actors: Alpha binding with knowledge coded, Beta a voluntary norm at low confidence, Gamma with a document not coded. */
function threeActors() {
  const a = doc('2021-06-01');
  const b = doc('2019-03-01');
  const g = doc('2022-01-01');
  const alpha = actorInput('Alpha', [a], [coding(a, 'applicability', 'binding_obligation'), coding(a, 'knowledge', 'actual', 'medium')]);
  const beta = actorInput('Beta', [b], [coding(b, 'applicability', 'voluntary_norm', 'low'), coding(b, 'knowledge', 'actual')]);
  const gamma = actorInput('Gamma', [g], []);
  return { alpha, beta, gamma };
}

describe('buildBrief', () => {
  it('keeps the chosen order, shows only dimensions coded for someone, and says what is coded for none', () => {
    const { alpha, beta, gamma } = threeActors();
    const brief = buildBrief({ ...BASE, dims: [...ALL], actors: [gamma, beta, alpha] });
    expect(brief.rows.map((r) => r.name)).toEqual(['Gamma', 'Beta', 'Alpha']);
    expect(brief.columns.map((c) => c.key)).toEqual(['knowledge']);
    expect(brief.rows.map((r) => r.applicability.text)).toEqual(['Not yet coded', 'Voluntary norm only (2019, low confidence)', 'Binding obligation (2021)']);
    expect(brief.rows.map((r) => r.cells[0]!.kind)).toEqual(['not_coded', 'value', 'value']);
    expect(brief.annex.gaps[0]).toBe('Coded for none of the chosen actors, so not shown as columns: harm threshold, prevention and monitoring.');
    expect(brief.bottomLine.map((s) => s.text)).toEqual([
      'On due diligence in cyberspace, Alpha holds it to be a binding legal obligation; Beta treats it as a voluntary norm only; not yet coded for Gamma.',
      'On knowledge, Beta and Alpha agree: actual knowledge; not yet coded for Gamma.',
      'Harm threshold, prevention and monitoring are coded for none of them (annex).',
      'Low confidence, to verify before citing: applicability for Beta.',
    ]);
  });

  it('gives one note per document, one confidence note per actor and no low-confidence flag in the sentences', () => {
    const { alpha, beta } = threeActors();
    const brief = buildBrief({ ...BASE, dims: [...ALL], actors: [alpha, beta] });
    expect(brief.footnotes.map((f) => [f.n, f.actor, f.citations.length])).toEqual([
      [1, 'Alpha', 1],
      [2, 'Beta', 1],
    ]);
    expect(brief.rows.map((r) => r.confidenceNote)).toEqual([
      'Confidence: high for applicability; medium for knowledge.',
      'Confidence: high for knowledge; low for applicability — verify before citing.',
    ]);
    // The applicability value prints its note; a cell or quote from the same document does not repeat it.
    expect(brief.rows[0]!.applicability).toMatchObject({ footnote: 1, showNote: true });
    expect(brief.rows[0]!.cells[0]).toMatchObject({ footnote: 1, showNote: false });
    expect(brief.rows[0]!.quote).toMatchObject({ kind: 'own', label: 'In its words', footnote: 1, showNote: false });
  });

  it("prefers the actor's due-diligence wording to a context passage, labels context, and says when there is no quote", () => {
    const d1 = doc('2020-01-01');
    const d2 = doc('2023-01-01');
    const app = coding(d2, 'applicability', 'unsettled');
    const know = coding(d1, 'knowledge', 'actual');
    const own = actorInput('Own', [d1, d2], [know, app]);
    own.evidence.get(app.id)!.quotes = [{ quote: 'Context words', locator: 'p. 1', role: 'context' }];
    own.evidence.get(know.id)!.quotes = [{ quote: 'Due diligence words', locator: 'p. 9', role: 'due_diligence' }];
    const context = actorInput('Context', [d2], [coding(d2, 'applicability', 'silent')]);
    for (const e of context.evidence.values()) e.quotes = [{ quote: 'Only context', locator: 'p. 2', role: 'context' }];
    const none = actorInput('None', [d2], [coding(d2, 'applicability', 'rejects')]);
    for (const e of none.evidence.values()) e.quotes = [];
    const brief = buildBrief({ ...BASE, dims: ['applicability', 'knowledge'], actors: [own, context, none] });
    expect(brief.rows[0]!.quote).toMatchObject({ kind: 'own', quote: 'Due diligence words', label: 'In its words (2020)', showNote: true });
    expect(brief.rows[1]!.quote).toMatchObject({ kind: 'context', quote: 'Only context', label: CONTEXT_QUOTE_LABEL });
    expect(brief.rows[2]!.quote).toEqual({ kind: 'none', label: 'No quote recorded for the values shown.' });
    // The quote from another document cites it with the quote's own locator.
    const q = brief.rows[0]!.quote;
    expect(q.kind === 'own' && brief.footnotes[q.footnote - 1]!.citations[0]!.locator).toBe('p. 9');
  });

  it('leaves out values below the chosen confidence and says so, in the row, the bottom line and the annex', () => {
    const { alpha, beta } = threeActors();
    const brief = buildBrief({ ...BASE, dims: [...ALL], actors: [alpha, beta] }, 'medium');
    expect(brief.rows[1]!.applicability).toMatchObject({ kind: 'left_out', text: 'Left out (low confidence)', footnote: null });
    expect(brief.rows[1]!.confidenceNote).toBe('Confidence: high for knowledge. Left out as below the chosen confidence: applicability.');
    expect(brief.bottomLine[0]!.text).toBe(
      'On due diligence in cyberspace, Alpha holds it to be a binding legal obligation; left out below the chosen confidence for Beta.',
    );
    expect(brief.bottomLine.at(-1)!.text).toBe('Left out as coded below medium confidence: applicability for Beta.');
    expect(JSON.stringify(brief)).not.toContain('Voluntary norm');
  });
});
