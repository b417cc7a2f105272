import { describe, expect, it } from 'vitest';
import { roleAtLeast } from '@/lib/auth/roles';
import { safeReturnPath } from '@/lib/auth/return-path';
import { documentFormToPayload, errorsForForm, fieldSource, slugify } from '@/lib/desk/document-form';
import { newDocumentPayloadSchema } from '@/lib/editorial/payloads';

function fd(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

describe('desk roles and return paths', () => {
  it('ranks roles and refuses unknown ones', () => {
    expect(roleAtLeast('admin', 'reviewer')).toBe(true);
    expect(roleAtLeast('editor', 'reviewer')).toBe(false);
    expect(roleAtLeast('user', 'editor')).toBe(false);
    expect(roleAtLeast(undefined, 'editor')).toBe(false);
  });
  it('only returns to paths on this site', () => {
    expect(safeReturnPath('/editor/review/3')).toBe('/editor/review/3');
    expect(safeReturnPath('//evil.example/x')).toBe('/editor');
    expect(safeReturnPath('https://evil.example')).toBe('/editor');
    expect(safeReturnPath('/\\evil.example')).toBe('/editor');
  });
});

describe('the new-document form → payload', () => {
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

  it('puts errors on the slot the editor filled, not on the payload index', () => {
    const { payload, passageSlotOf } = documentFormToPayload(fieldSource(fd({ ...base, 'passages[1].locator': '' })));
    const r = newDocumentPayloadSchema.safeParse(payload);
    expect(r.success).toBe(false);
    const errors = errorsForForm({ 'passages[0].locator': ['must not be empty'], 'coAuthors[1]': ['unknown actor'] }, passageSlotOf);
    expect(errors).toEqual({ 'passages[1].locator': ['must not be empty'], coAuthors: ['unknown actor'] });
  });

  it('makes dataset-style slugs', () => {
    expect(slugify('  São Tomé and Príncipe ')).toBe('sao-tome-and-principe');
  });
});
