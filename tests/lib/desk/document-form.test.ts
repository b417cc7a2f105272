import { describe, expect, it } from 'vitest';
import { documentFormToPayload, slugify, sourceLines } from '@/lib/desk/document-form';
import { fieldSource } from '@/lib/desk/field-source';
import { errorsFromIssues, placeErrors } from '@/lib/desk/issues';
import { newDocumentPayloadSchema } from '@/lib/editorial/payloads';

function fd(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

const base = {
  actorSlug: '',
  'newActor.name': 'Côte d’Ivoire',
  'newActor.kind': 'state',
  'newActor.iso3': 'civ',
  'document.title': 'A title',
  'document.date': '2026-03',
  'document.type': 'position_paper',
  'document.venue': 'A venue',
  'passages[1].quote': 'Second slot quote',
  'passages[1].locator': 'p. 2',
  'passages[1].role': 'context',
  'codings.applicability': 'binding_obligation',
  confidence: 'medium',
  summary: 'Our summary',
  sources: 'https://example.org/a\n\nhttps://example.org/b\n',
  coAuthors: ['denmark', 'norway'],
};

/** The errors the form shows for a submission: the schema's issues, placed on the form's fields. */
function formErrors(fields: Record<string, string | string[]>) {
  const { payload, place } = documentFormToPayload(fieldSource(fd(fields)));
  const r = newDocumentPayloadSchema.safeParse(payload);
  return r.success ? {} : placeErrors('document', errorsFromIssues(r.error.issues), place);
}

describe('the new-document form → payload', () => {
  it('builds a valid payload: new actor slug from the name, empty slots skipped, one source per line', () => {
    const { payload } = documentFormToPayload(fieldSource(fd(base)));
    const parsed = newDocumentPayloadSchema.parse(payload);
    expect(parsed.actorSlug).toBe('cote-d-ivoire');
    expect(parsed.newActor).toMatchObject({ slug: 'cote-d-ivoire', iso3: 'CIV' });
    expect(parsed.passages).toEqual([{ quote: 'Second slot quote', locator: 'p. 2', role: 'context' }]);
    expect(parsed.sources).toEqual(['https://example.org/a', 'https://example.org/b']);
    expect(parsed.coAuthors).toEqual(['denmark', 'norway']);
    expect(parsed.codings.knowledge).toBeNull(); // "not coded", not a value
  });

  it('puts an error on the slot the editor filled, not on the payload index', () => {
    const errors = formErrors({ ...base, 'passages[1].locator': '' });
    expect(Object.keys(errors)).toEqual(['passages[1].locator']);
    expect(errors['passages[1].locator']![0]).toMatch(/^Fill in the locator/);
  });

  it('names the line of a bad source, counting blank lines as the editor sees them', () => {
    const errors = formErrors({ ...base, sources: 'https://example.org/a\n\nnot a url\n' });
    expect(errors.sources).toHaveLength(1);
    expect(errors.sources![0]).toMatch(/^Line 3 \(not a url\): /);
    expect(sourceLines('a\n\n b \n')).toEqual([
      { url: 'a', line: 1 },
      { url: 'b', line: 3 },
    ]);
  });

  it('puts a co-author error on the co-author list', () => {
    expect(Object.keys(formErrors({ ...base, coAuthors: ['denmark', 'denmark'] }))).toEqual(['coAuthors']);
  });

  it('makes dataset-style slugs', () => {
    expect(slugify('  São Tomé and Príncipe ')).toBe('sao-tome-and-principe');
  });
});
