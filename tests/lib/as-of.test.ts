import { describe, expect, it } from 'vitest';
import { resolveAsOf, type AsOfCoding, type AsOfDocument } from '@/lib/domain/as-of';
import { parsePartialDate } from '@/lib/domain/dates';

let nextId = 1;
function doc(date: string): AsOfDocument {
  return { id: nextId++, slug: `doc-${date}`, date, effective: parsePartialDate(date)!.effective };
}
function coding(d: AsOfDocument, dimension: AsOfCoding['dimension'], value: string | null, freeText: string | null = null): AsOfCoding {
  return { id: nextId++, documentId: d.id, dimension, value, freeText, confidence: 'high' };
}

describe('resolveAsOf', () => {
  it('returns no_document when the actor has no document in effect by that date', () => {
    const d = doc('2021-07-13');
    expect(resolveAsOf('applicability', '2021-07-12', [d], [coding(d, 'applicability', 'binding_obligation')]).kind).toBe('no_document');
    expect(resolveAsOf('applicability', '2030-01-01', [], []).kind).toBe('no_document');
  });

  it('counts a partial date from the end of its period', () => {
    const year = doc('2021');
    const month = doc('2019-02');
    const codings = [coding(year, 'applicability', 'binding_obligation'), coding(month, 'applicability', 'voluntary_norm')];
    expect(resolveAsOf('applicability', '2021-12-30', [year, month], codings)).toMatchObject({ kind: 'value', value: 'voluntary_norm' });
    expect(resolveAsOf('applicability', '2021-12-31', [year, month], codings)).toMatchObject({ kind: 'value', value: 'binding_obligation' });
    expect(resolveAsOf('applicability', '2019-02-27', [month], codings).kind).toBe('no_document');
    expect(resolveAsOf('applicability', '2019-02-28', [month], codings)).toMatchObject({ kind: 'value', value: 'voluntary_norm' });
  });

  it('takes the latest coded document on or before the date', () => {
    const a = doc('2015-06-01');
    const b = doc('2020-06-01');
    const codings = [coding(a, 'applicability', 'voluntary_norm'), coding(b, 'applicability', 'binding_obligation')];
    const out = resolveAsOf('applicability', '2024-01-01', [b, a], codings);
    expect(out).toMatchObject({ kind: 'value', value: 'binding_obligation', document: { id: b.id } });
  });

  it('does not let a later "silent" erase an earlier substantive value, and says the later document is silent', () => {
    const a = doc('2020');
    const b = doc('2023-07-04');
    const codings = [coding(a, 'applicability', 'unsettled'), coding(b, 'applicability', 'silent')];
    const out = resolveAsOf('applicability', '2025-01-01', [a, b], codings);
    expect(out).toMatchObject({ kind: 'value', value: 'unsettled', document: { id: a.id } });
    expect(out.kind === 'value' && out.laterNoFinding.map((d) => d.id)).toEqual([b.id]);
  });

  it('does not let a later "unspecified" erase an earlier sub-dimension value', () => {
    const a = doc('2019-01-01');
    const b = doc('2022-01-01');
    const codings = [coding(a, 'knowledge', 'actual'), coding(b, 'knowledge', 'unspecified')];
    expect(resolveAsOf('knowledge', '2025-01-01', [a, b], codings)).toMatchObject({ kind: 'value', value: 'actual' });
  });

  it('is silent when every coded document in effect is silent', () => {
    const a = doc('2021-05-28');
    const out = resolveAsOf('applicability', '2025-01-01', [a], [coding(a, 'applicability', 'silent')]);
    expect(out).toMatchObject({ kind: 'silent', value: 'silent' });
  });

  it('is not_coded when documents exist but none is coded on that dimension', () => {
    const a = doc('2021-05-28');
    const out = resolveAsOf('knowledge', '2025-01-01', [a], [coding(a, 'applicability', 'binding_obligation')]);
    expect(out).toEqual({ kind: 'not_coded', latest: { id: a.id, slug: a.slug, date: a.date } });
  });

  it('keeps the four outcomes distinct for one actor on one date', () => {
    const a = doc('2020-01-01');
    const codings = [coding(a, 'applicability', 'silent'), coding(a, 'knowledge', 'actual')];
    expect(resolveAsOf('applicability', '2021-01-01', [a], codings).kind).toBe('silent');
    expect(resolveAsOf('knowledge', '2021-01-01', [a], codings).kind).toBe('value');
    expect(resolveAsOf('threshold', '2021-01-01', [a], codings).kind).toBe('not_coded');
    expect(resolveAsOf('threshold', '2019-01-01', [a], codings).kind).toBe('no_document');
  });

  it('names a later document that is not yet coded beside the older value', () => {
    const a = doc('2020-01-01');
    const b = doc('2025');
    const out = resolveAsOf('applicability', '2026-01-01', [a, b], [coding(a, 'applicability', 'voluntary_norm')]);
    expect(out).toMatchObject({ kind: 'value', value: 'voluntary_norm' });
    expect(out.kind === 'value' && out.laterNotCoded.map((d) => d.date)).toEqual(['2025']);
    // Before the later document takes effect, nothing is pending.
    const before = resolveAsOf('applicability', '2025-12-30', [a, b], [coding(a, 'applicability', 'voluntary_norm')]);
    expect(before.kind === 'value' && before.laterNotCoded).toEqual([]);
  });

  it('treats a coding with words but no value as not yet coded, and remedies text as a finding', () => {
    const a = doc('2021-01-01');
    const codings = [coding(a, 'threshold', null, 'used to harm other States'), coding(a, 'remedies', null, 'countermeasures')];
    expect(resolveAsOf('threshold', '2022-01-01', [a], codings).kind).toBe('not_coded');
    expect(resolveAsOf('remedies', '2022-01-01', [a], codings)).toMatchObject({ kind: 'value', value: null });
  });
});

/** The three tiers of the as-of rule 1.1.0, with the cases the codebook spells out. */
describe('resolveAsOf — tiers (codebook 1.1.0)', () => {
  function idDoc(date: string, slug: string): AsOfDocument {
    return { id: nextId++, slug, date, effective: parsePartialDate(date)!.effective };
  }

  it('binding obligation then political support stays binding, and names the later document', () => {
    const a = doc('2019-05-29');
    const b = doc('2021-07-13');
    const out = resolveAsOf(
      'applicability',
      '2022-01-01',
      [a, b],
      [coding(a, 'applicability', 'binding_obligation'), coding(b, 'applicability', 'political_support')],
    );
    expect(out).toMatchObject({ kind: 'value', value: 'binding_obligation', document: { id: a.id } });
    expect(out.kind === 'value' && out.laterPolitical?.map((d) => d.id)).toEqual([b.id]);
    expect(out.kind === 'value' && out.laterNoFinding).toEqual([]);
  });

  it('political support then a voluntary norm becomes voluntary', () => {
    const a = doc('2017-06');
    const b = doc('2019-04-12');
    const out = resolveAsOf(
      'applicability',
      '2020-01-01',
      [a, b],
      [coding(a, 'applicability', 'political_support'), coding(b, 'applicability', 'voluntary_norm')],
    );
    expect(out).toMatchObject({ kind: 'value', value: 'voluntary_norm', document: { id: b.id } });
  });

  it('silent then political support becomes political support; political support then silent stays', () => {
    const a = doc('2016');
    const b = doc('2020');
    const codings = [coding(a, 'applicability', 'silent'), coding(b, 'applicability', 'political_support')];
    expect(resolveAsOf('applicability', '2021-01-01', [a, b], codings)).toMatchObject({ kind: 'value', value: 'political_support', document: { id: b.id } });
    const c = doc('2023');
    const out = resolveAsOf('applicability', '2024-01-01', [a, b, c], [...codings, coding(c, 'applicability', 'silent')]);
    expect(out).toMatchObject({ kind: 'value', value: 'political_support' });
    expect(out.kind === 'value' && out.laterNoFinding.map((d) => d.id)).toEqual([c.id]);
  });

  it('a later legal view (unsettled included) replaces an earlier one', () => {
    const a = doc('2019');
    const b = doc('2021-12');
    const out = resolveAsOf('applicability', '2022-01-01', [a, b], [coding(a, 'applicability', 'binding_obligation'), coding(b, 'applicability', 'unsettled')]);
    expect(out).toMatchObject({ kind: 'value', value: 'unsettled', document: { id: b.id } });
  });

  it('two documents on the same day: the tier decides first, then the record id', () => {
    // Japan, 28 May 2021: the Basic Position (binding) and a speech that only endorses the norm.
    const paper = idDoc('2021-05-28', 'japan-2021-05-28-gge-contribution');
    const speech = idDoc('2021-05-28', 'japan-2021-05-28-speech');
    const codings = [coding(paper, 'applicability', 'binding_obligation'), coding(speech, 'applicability', 'political_support')];
    expect(resolveAsOf('applicability', '2021-05-28', [speech, paper], codings)).toMatchObject({
      kind: 'value',
      value: 'binding_obligation',
      document: { id: paper.id },
    });
    // Same tier on the same day: the later record id wins, whatever the input order.
    const x = idDoc('2021-05-28', 'b-record');
    const y = idDoc('2021-05-28', 'a-record');
    const same = [coding(x, 'applicability', 'voluntary_norm'), coding(y, 'applicability', 'binding_obligation')];
    expect(resolveAsOf('applicability', '2021-06-01', [x, y], same)).toMatchObject({ value: 'voluntary_norm', document: { id: x.id } });
    expect(resolveAsOf('applicability', '2021-06-01', [y, x], same)).toMatchObject({ value: 'voluntary_norm', document: { id: x.id } });
  });

  it('orders by effective day before the date as written: "2021" takes effect after "2021-06-30"', () => {
    const year = idDoc('2021', 'a-year');
    const day = idDoc('2021-12-31', 'z-day');
    const month = idDoc('2021-12', 'm-month');
    const codings = [
      coding(year, 'applicability', 'binding_obligation'),
      coding(day, 'applicability', 'voluntary_norm'),
      coding(month, 'applicability', 'unsettled'),
    ];
    // All three take effect on 2021-12-31; then by date as written: "2021" < "2021-12" < "2021-12-31".
    expect(resolveAsOf('applicability', '2021-12-31', [day, year, month], codings)).toMatchObject({ value: 'voluntary_norm', document: { id: day.id } });
  });

  it('has no tier 2 for other dimensions: a later value always replaces', () => {
    const a = doc('2019-01-01');
    const b = doc('2022-01-01');
    const out = resolveAsOf('knowledge', '2025-01-01', [a, b], [coding(a, 'knowledge', 'actual'), coding(b, 'knowledge', 'actual_or_constructive')]);
    expect(out).toMatchObject({ kind: 'value', value: 'actual_or_constructive' });
  });
});
