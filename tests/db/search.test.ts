import { beforeAll, describe, expect, it } from 'vitest';
import { searchDocuments, searchLiterature } from '@/db/queries/search';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
beforeAll(() => seedTestDb(seed));

describe('searchDocuments', () => {
  it('finds a document by a phrase of its quote and highlights the match', async () => {
    const denmark = seed.actors.find((a) => a.slug === 'denmark')!.documents.find((d) => d.quote)!;
    const phrase = denmark.quote!.split(' ').slice(3, 8).join(' ');
    const hits = await searchDocuments(`"${phrase}"`);
    expect(hits.map((h) => h.documentSlug)).toContain(denmark.id);
    expect(hits.find((h) => h.documentSlug === denmark.id)!.quoteSnippet).toContain('[[');
  });

  it('requires every word', async () => {
    const withCorfu = seed.actors.flatMap((a) => a.documents).filter((d) => /corfu/i.test(`${d.title} ${d.venue} ${d.quote ?? ''} ${d.summary}`));
    expect(withCorfu.length).toBeGreaterThan(0);
    expect((await searchDocuments('Corfu')).length).toBe(withCorfu.length);
    expect(await searchDocuments('Corfu zzzznotaword')).toEqual([]);
  });

  it('returns nothing for input with no searchable words, instead of failing', async () => {
    await expect(searchDocuments('"" * ( NEAR')).resolves.toBeInstanceOf(Array);
    expect(await searchDocuments('***')).toEqual([]);
  });
});

describe('searchLiterature', () => {
  it('finds literature by title, author and summary words, apart from documents', async () => {
    for (const item of seed.literature) {
      const word = item.title.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w))!;
      const hits = await searchLiterature(word);
      expect(
        hits.map((h) => h.slug),
        word,
      ).toContain(item.id);
      expect(
        hits
          .find((h) => h.slug === item.id)!
          .about.map((a) => a.slug)
          .sort(),
      ).toEqual([...item.about_actors].sort());
    }
    const intermil = await searchLiterature('INTERMIL');
    expect(intermil.map((h) => h.slug)).toEqual(['intermil-due-diligence-cyberspace']);
    // Document search never returns literature: it has no document slug.
    expect((await searchDocuments('INTERMIL')).every((h) => !seed.literature.some((l) => l.id === h.documentSlug))).toBe(true);
  });
});

describe('search snippets', () => {
  it("returns the quote's excerpt apart from our summary's, each marked only where it matched", async () => {
    const doc = seed.actors.flatMap((a) => a.documents).find((d) => d.quote && d.quote.split(' ').length > 8)!;
    const phrase = doc.quote!.split(' ').slice(2, 6).join(' ');
    const hit = (await searchDocuments(`"${phrase}"`)).find((h) => h.documentSlug === doc.id)!;
    expect(hit.quoteSnippet).toContain('[[');
    if (!doc.summary.toLowerCase().includes(phrase.toLowerCase())) expect(hit.summarySnippet ?? '').not.toContain('[[');
  });
});
