import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/changes.atom/route';
import { getActorBySlug } from '@/db/queries/actors';
import { listActorDocuments } from '@/db/queries/documents';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
beforeAll(() => seedTestDb(seed));

describe('GET /changes.atom', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

  it('is valid Atom whose entries have ids, titles, dates and links to pages that exist', async () => {
    const res = await GET(new Request('http://tracker.test/changes.atom'));
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = parser.parse(await res.text());
    expect(xml.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(xml.feed.id).toBe('urn:cdd-tracker:changes');
    expect(xml.feed.title).toBeTruthy();
    expect(xml.feed.author.name).toBeTruthy();
    expect(Date.parse(xml.feed.updated)).not.toBeNaN();
    const entries = [xml.feed.entry].flat();
    expect(entries.length).toBeGreaterThan(50);
    let diffLinks = 0;
    for (const e of entries) {
      expect(e.id).toMatch(/^urn:cdd-tracker:(document|change):/);
      expect(e.title).toBeTruthy();
      expect(Date.parse(e.updated)).not.toBeNaN();
      const href = new URL(e.link['@href']);
      const [, , slug] = href.pathname.split('/');
      const actor = await getActorBySlug(slug!);
      expect(actor, href.pathname).not.toBeNull();
      const docs = await listActorDocuments(actor!.id);
      const docSlug = href.hash.replace('#doc-', '');
      expect(
        docs.some((d) => d.slug === docSlug),
        href.toString(),
      ).toBe(true);
      // The content's links: the document again, and the diff with the previous document when there is one.
      for (const [, link] of String(e.content['#text'] ?? e.content).matchAll(/href="([^"]+)"/g)) {
        const u = new URL(link!.replace(/&amp;/g, '&'));
        if (u.pathname.endsWith('/diff')) {
          expect(u.pathname).toBe(`/actors/${slug}/diff`);
          diffLinks += 1;
          for (const side of ['from', 'to'])
            expect(
              docs.some((d) => d.slug === u.searchParams.get(side)),
              link,
            ).toBe(true);
        } else expect(u.pathname + u.hash).toBe(href.pathname + href.hash);
      }
    }
    expect(diffLinks).toBeGreaterThan(0);
  });

  it('narrows to one actor with ?actor=', async () => {
    const xml = parser.parse(await (await GET(new Request('http://tracker.test/changes.atom?actor=australia'))).text());
    const entries = [xml.feed.entry].flat();
    expect(entries.every((e: { id: string }) => e.id.endsWith(':australia') || e.id.includes(':australia:'))).toBe(true);
  });
});
