import { beforeAll, describe, expect, it } from 'vitest';
import { loadSearchView } from '@/server/views/search';
import { seedTestDb } from '../helpers/db';

beforeAll(() => seedTestDb());

describe('loadSearchView', () => {
  it('names the actor a query names exactly (name, alias, ISO code), so the page can send the reader there', async () => {
    expect((await loadSearchView({ q: 'China' })).actor).toBe('china');
    expect((await loadSearchView({ q: 'usa' })).actor).toBe('united-states');
    expect((await loadSearchView({ q: 'GBR' })).actor).toBe('united-kingdom');
  });

  it('searches the text instead when asked, or when no actor is named', async () => {
    const text = await loadSearchView({ q: 'China', text: 'only' });
    expect(text.actor).toBeNull();
    expect(text.hits.length).toBeGreaterThan(0);
    const words = await loadSearchView({ q: 'sovereignty' });
    expect(words.actor).toBeNull();
    expect(words.hits.length).toBeGreaterThan(0);
  });
});
