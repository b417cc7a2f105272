import { describe, expect, it } from 'vitest';
import { ACTOR_DOCUMENT_PAGE_SIZE, actorDocumentPage } from '@/lib/documents/actor-document-pages';

const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `doc-${i + 1}` }));

describe('pages of an actor’s documents', () => {
  it('shows every document on one page while they fit, with nothing to say', () => {
    const page = actorDocumentPage(docs(ACTOR_DOCUMENT_PAGE_SIZE), undefined);
    expect(page.info).toMatchObject({ page: 1, pages: 1 });
    expect(page.shown).toHaveLength(ACTOR_DOCUMENT_PAGE_SIZE);
    expect(page.notices).toEqual([]);
  });

  it('opens on the newest documents, oldest first within the page', () => {
    const page = actorDocumentPage(docs(45), undefined, 20);
    expect(page.info).toMatchObject({ page: 3, pages: 3, start: 40, end: 45, total: 45 });
    expect(page.shown.map((d) => d.slug)).toEqual(['doc-41', 'doc-42', 'doc-43', 'doc-44', 'doc-45']);
  });

  it('shows the page asked for, and together the pages hold every document once', () => {
    const all = docs(45);
    const seen = [1, 2, 3].flatMap((n) => actorDocumentPage(all, String(n), 20).shown.map((d) => d.slug));
    expect(seen).toEqual(all.map((d) => d.slug));
    expect(actorDocumentPage(all, '1', 20).shown[0]!.slug).toBe('doc-1');
  });

  it('knows the page of every document, and of none that is not the actor’s', () => {
    const page = actorDocumentPage(docs(45), '1', 20);
    expect(page.pageOf('doc-1')).toBe(1);
    expect(page.pageOf('doc-20')).toBe(1);
    expect(page.pageOf('doc-21')).toBe(2);
    expect(page.pageOf('doc-45')).toBe(3);
    expect(page.pageOf('someone-else')).toBeNull();
  });

  it('answers a page past the end with the newest page, and a bad page with the newest too, each with a notice', () => {
    const past = actorDocumentPage(docs(45), '9', 20);
    expect(past.info.page).toBe(3);
    expect(past.notices).toEqual(['There are only 3 pages; showing the last.']);
    const bad = actorDocumentPage(docs(45), 'two', 20);
    expect(bad.info.page).toBe(3);
    expect(bad.notices).toEqual(['Unknown page "two" ignored; showing the newest documents.']);
  });

  it('has one empty page for an actor with no document', () => {
    const page = actorDocumentPage([], undefined);
    expect(page.info).toMatchObject({ page: 1, pages: 1, total: 0 });
    expect(page.shown).toEqual([]);
  });
});
