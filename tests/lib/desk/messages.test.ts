/**
 * Every message a desk form shows for a bad new document says what to do: each case below is a submission an editor
 * can make, run through the real payload schema; the test fails if the schema's message reaches the form unreworded
 * (a rule no longer matches after the schema's wording changed).
 */
import { describe, expect, it } from 'vitest';
import { documentFormToPayload } from '@/lib/desk/document-form';
import { fieldSource } from '@/lib/desk/field-source';
import { errorsFromIssues, placeErrors } from '@/lib/desk/issues';
import { inSentence, plainMessage } from '@/lib/desk/messages';
import { newDocumentPayloadSchema } from '@/lib/editorial/payloads';

const valid: Record<string, string> = {
  actorSlug: 'denmark',
  'document.title': 'A title',
  'document.date': '2026-03',
  'document.type': 'position_paper',
  'document.venue': 'A venue',
  'passages[0].quote': 'A quote',
  'passages[0].locator': 'p. 1',
  'codings.applicability': 'binding_obligation',
  confidence: 'medium',
  summary: 'Our summary',
};

function rawAndPlain(change: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ ...valid, ...change })) form.append(k, v);
  const { payload, place } = documentFormToPayload(fieldSource(form));
  const r = newDocumentPayloadSchema.safeParse(payload);
  if (r.success) throw new Error(`expected ${JSON.stringify(change)} to be refused`);
  return { raw: errorsFromIssues(r.error.issues), plain: placeErrors('document', errorsFromIssues(r.error.issues), place) };
}

const CASES: [string, Record<string, string>, RegExp][] = [
  ['an empty title', { 'document.title': '  ' }, /^Fill in the title\.$/],
  ['an impossible date', { 'document.date': '2026-02-30' }, /^Write a date that exists, as YYYY-MM-DD/],
  ['a javascript: address', { 'document.url': 'javascript:alert(1)' }, /starting with https:\/\/ or http:\/\/ \(this one starts with “javascript:”\)/],
  ['an address with spaces', { 'document.url': 'https://example.org/a b' }, /^Remove the spaces/],
  ['a relative address', { 'document.url': 'example.org' }, /^Enter the whole address, starting with https:\/\//],
  ['an unknown type', { 'document.type': 'tweet' }, /^Choose one of the options in the list\.$/],
  ['a coded document without confidence', { confidence: '' }, /^Choose a confidence/],
  ['a coding without applicability', { 'codings.applicability': '', 'codings.knowledge': 'actual' }, /^Choose a value for Applicability/],
  ['a coding without a passage', { 'passages[0].quote': '', 'passages[0].locator': '' }, /^Add at least one passage/],
  ['a two-line title', { 'document.title': 'a\nb' }, /^Write it on one line/],
  ['a control character', { summary: 'a\u0007b' }, /^Remove the invisible character U\+0007 at position 1/],
  ['a bad language code', { 'document.language': 'English' }, /^Enter a two- or three-letter language code/],
  ['a new State without ISO code', { actorSlug: '', 'newActor.name': 'Testland', 'newActor.kind': 'state' }, /three-letter ISO 3166 code/],
];

describe('desk form messages', () => {
  for (const [what, change, expected] of CASES) {
    it(`say what to do for ${what}`, () => {
      const { raw, plain } = rawAndPlain(change);
      const shown = Object.values(plain).flat();
      expect(
        shown.some((m) => expected.test(m)),
        JSON.stringify(plain),
      ).toBe(true);
      // Nothing reaches the form as the schema wrote it.
      for (const m of Object.values(raw).flat()) expect(shown).not.toContain(m);
    });
  }

  it('keep an unknown message, as a sentence', () => {
    expect(plainMessage('something odd happened', 'Title')).toBe('Something odd happened.');
    expect(inSentence('Title')).toBe('the title');
    expect(inSentence('ISO 3166 alpha-3 code')).toBe('the ISO 3166 alpha-3 code');
  });
});
