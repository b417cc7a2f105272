import { describe, expect, it } from 'vitest';
import { buildBriefing } from '@/lib/briefing/model';
import { actorInput, BASE, coding, doc } from './inputs';

const texts = (p: ReturnType<typeof buildBriefing>, i = 0) => p.sections[i]!.statements.map((s) => s.text);

describe('buildBriefing', () => {
  it('states the value with our summary, says when the position changed, and footnotes every sentence in order', () => {
    const d1 = doc('2015-01-01');
    const d2 = doc('2021-06-01');
    const c1 = coding(d1, 'applicability', 'voluntary_norm');
    const c2 = coding(d2, 'applicability', 'binding_obligation', 'low');
    const pack = buildBriefing({ ...BASE, dims: ['applicability'], actors: [actorInput('Alpha', [d1, d2], [c1, c2])] });
    expect(texts(pack)).toEqual([
      'Applicability: Binding obligation — position paper of 1 June 2021.',
      `Our summary of that document: Our summary of ${d2.citation.title}.`,
      'Change: on applicability, Alpha moved from “Voluntary norm only” (2015) to “Binding obligation” (2021).',
    ]);
    // The summary rests on the same citation as the position, so it shares its note (issue 13: repeats folded).
    expect(pack.sections[0]!.statements.map((s) => [s.kind, s.footnote, s.lowConfidence])).toEqual([
      ['position', 1, true],
      ['summary', 1, true],
      ['change', 2, true],
    ]);
    // The change footnote cites both documents, each with the locator of its own coding; d2 was cited in full before.
    expect(pack.footnotes[1]!.citations.map((c) => c.form)).toEqual(['full', 'short']);
    expect(pack.footnotes[1]!.citations.map((c) => [c.url, c.locator])).toEqual([
      [d1.citation.url, `para. ${c1.id}.`],
      [d2.citation.url, `para. ${c2.id}.`],
    ]);
    expect(pack.matrix[0]!.cells[0]).toEqual({ text: 'Binding obligation (2021)', lowConfidence: true });
  });

  it('keeps an earlier value over a later silence, says so, and cites the silent document too', () => {
    const d1 = doc('2020');
    const d2 = doc('2023-07-04');
    const pack = buildBriefing({
      ...BASE,
      dims: ['applicability'],
      actors: [actorInput('Beta', [d1, d2], [coding(d1, 'applicability', 'unsettled'), coding(d2, 'applicability', 'silent', 'low')])],
    });
    const [position] = pack.sections[0]!.statements;
    expect(position!.text).toBe('Applicability: Unsettled / open — position paper of 2020. The later 2023 document says nothing on this.');
    expect(position!.lowConfidence).toBe(false);
    expect(pack.footnotes[0]!.citations.map((c) => c.title)).toEqual([d1.citation.title, d2.citation.title]);
    expect(pack.sections[0]!.statements.some((s) => s.kind === 'change')).toBe(false);
  });

  it('gives our summary once per document, words for silence, and the not-yet-coded dimensions with the latest document', () => {
    const d1 = doc('2019-03-01', { type: 'gge_contribution' });
    const d2 = doc('2024-01-01');
    const codings = [coding(d1, 'applicability', 'silent'), coding(d1, 'knowledge', 'unspecified'), coding(d1, 'remedies', null, 'medium', 'Countermeasures.')];
    const pack = buildBriefing({
      ...BASE,
      dims: ['applicability', 'knowledge', 'remedies', 'transit_states'],
      actors: [actorInput('Gamma', [d1, d2], codings)],
    });
    expect(texts(pack)).toEqual([
      'Applicability: silent — its GGE contribution of 1 March 2019 says nothing on due diligence. A 2024 document is not yet coded.',
      `Our summary of that document: Our summary of ${d1.citation.title}.`,
      'Knowledge: not addressed in its GGE contribution of 1 March 2019. A 2024 document is not yet coded.',
      'Remedies: stated in its GGE contribution of 1 March 2019. In its words: “Countermeasures”. A 2024 document is not yet coded.',
      'Not yet coded in the tracker: transit States.',
    ]);
    expect(pack.footnotes.at(-1)!.citations.map((c) => c.title)).toEqual([d2.citation.title]);
    expect(pack.matrix[0]!.cells.map((c) => c.text)).toEqual(['Silent (2019)', 'Not addressed (silent) (2019)', 'Stated (free text) (2019)', 'Not yet coded']);
  });

  it('says plainly when no document is tracked by the date, without a footnote', () => {
    const later = doc('2027-01-01');
    const pack = buildBriefing({
      ...BASE,
      dims: ['applicability'],
      actors: [actorInput('Delta', [later], [coding(later, 'applicability', 'binding_obligation')])],
    });
    expect(pack.sections[0]!.statements).toEqual([
      { kind: 'no_document', text: 'No document of Delta dated on or before 22 November 2026 is tracked.', footnote: null, lowConfidence: false },
    ]);
    expect(pack.footnotes).toEqual([]);
    expect(pack.matrix[0]!.cells[0]!.text).toBe('No document tracked');
  });

  it('numbers footnotes across actors and carries the method box', () => {
    const a = doc('2020-01-01');
    const b = doc('2021-01-01');
    const pack = buildBriefing({
      ...BASE,
      dims: ['applicability'],
      actors: [actorInput('A', [a], [coding(a, 'applicability', 'rejects')]), actorInput('B', [b], [coding(b, 'applicability', 'rejects')])],
    });
    // Each actor's summary sentence shares the note of its position sentence (same citation).
    expect(pack.footnotes.map((f) => [f.n, f.actor])).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
    expect(pack.executiveSummary).toEqual([{ dimension: 'applicability', text: 'On applicability, A and B agree: “Rejects”.', footnotes: [1, 2] }]);
    expect(pack.codebookVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pack.confidenceLegend.map((c) => c.level)).toEqual(['high', 'medium', 'low']);
    expect(pack.outcomeLegend.map((o) => o.label)).toEqual(['Silent', 'Not yet coded', 'No document tracked']);
  });
});
