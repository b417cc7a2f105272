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
