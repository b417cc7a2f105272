import { beforeAll, describe, expect, it } from 'vitest';
import { listActors } from '@/db/queries/actors';
import { listDocumentKeys } from '@/db/queries/desk-documents';
import { listActorDocuments } from '@/db/queries/documents';
import { findDuplicates } from '@/lib/desk/duplicates';
import { seedTestDb } from '../../helpers/db';

beforeAll(() => seedTestDb());

describe('listDocumentKeys + findDuplicates on the real record', () => {
  it('finds every tracked document when it is proposed again by one of its authors, and names it', async () => {
    const actors = (await listActors()).filter((a) => a.documentCount > 0);
    let checked = 0;
    for (const a of actors) {
      for (const d of await listActorDocuments(a.id)) {
        const matches = findDuplicates(
          { title: d.title, date: d.date, url: d.url, archiveUrl: d.archiveUrl, actorSlugs: [a.slug] },
          await listDocumentKeys([a.slug]),
        );
        expect(
          matches.map((m) => m.slug),
          `${a.slug}/${d.slug}`,
        ).toContain(d.slug);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('reads the authors of each document, and documents of other actors only when they have an address', async () => {
    const keys = await listDocumentKeys(['denmark']);
    const denmark = await listActorDocuments((await listActors()).find((a) => a.slug === 'denmark')!.id);
    for (const d of denmark) expect(keys.find((k) => k.slug === d.slug)?.authors.map((x) => x.slug)).toContain('denmark');
    for (const k of keys) if (!k.authors.some((a) => a.slug === 'denmark')) expect(k.url ?? k.archiveUrl).not.toBeNull();
  });
});
