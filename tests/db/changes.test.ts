import { beforeAll, describe, expect, it } from 'vitest';
import { listActorEvents, listChanges, listDocumentChanges } from '@/db/queries/changes';
import { changeEntryId } from '@/lib/changes/changes-feed';
import { listActorDocuments } from '@/db/queries/documents';
import { diffDocuments } from '@/lib/timeline/diff';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { actorId, seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
beforeAll(() => seedTestDb(seed));

describe('listChanges', () => {
  it('has one "new document" item per document per author, newest first', async () => {
    const items = await listChanges();
    const docs = items.filter((i) => i.kind === 'document');
    expect(docs).toHaveLength(seed.actors.reduce((n, a) => n + a.documents.reduce((m, d) => m + d.authors.length, 0), 0));
    const days = items.map((i) => i.document.effective);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('filters by actor and period', async () => {
    const china = await listChanges({ actors: ['china'], from: '2019-01-01', to: '2022-12-31' });
    expect(china.length).toBeGreaterThan(0);
    expect(china.every((i) => i.actor.slug === 'china' && i.document.effective >= '2019-01-01' && i.document.effective <= '2022-12-31')).toBe(true);
    const expected = seed.actors
      .find((a) => a.slug === 'china')!
      .documents.filter((d) => {
        const end = d.date.length === 4 ? `${d.date}-12-31` : d.date.length === 7 ? `${d.date}-31` : d.date;
        return end >= '2019-01-01' && d.date <= '2022-12-31';
      });
    expect(china.filter((i) => i.kind === 'document')).toHaveLength(expected.length);
  });

  it('never reports a later silence as a change of value', async () => {
    const denmark = await listChanges({ actors: ['denmark'] });
    expect(denmark.filter((i) => i.kind === 'change').map((i) => i.document.slug)).toEqual(['denmark-2020-joint-statement']);
  });

  it('gives every item a unique, stable id', async () => {
    const ids = (await listChanges()).map(changeEntryId);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await listChanges()).map(changeEntryId)).toEqual(ids);
  });
});

describe('listDocumentChanges', () => {
  it('has one row per document per author, carrying exactly the changes of the flat list', async () => {
    const rows = await listDocumentChanges();
    expect(rows).toHaveLength(seed.actors.reduce((n, a) => n + a.documents.reduce((m, d) => m + d.authors.length, 0), 0));
    const flat = (await listChanges()).filter((i) => i.kind === 'change');
    expect(rows.reduce((n, r) => n + r.changes.length, 0)).toBe(flat.length);
  });

  it('keeps only documents that changed a value when asked', async () => {
    const all = await listDocumentChanges();
    const only = await listDocumentChanges({ changesOnly: true });
    expect(only).toEqual(all.filter((r) => r.changes.length > 0));
    expect((await listChanges({ changesOnly: true })).every((i) => i.kind === 'change')).toBe(true);
  });

  it('links each document to the actor’s previous one', async () => {
    const australia = (await listDocumentChanges({ actors: ['australia'] })).reverse();
    expect(australia.map((r) => r.previous?.slug ?? null)).toEqual([null, ...australia.slice(0, -1).map((r) => r.document.slug)]);
  });
});

describe('the actor timeline and the diff', () => {
  it('lists Australia’s documents in date order', async () => {
    const events = await listActorEvents(actorId('australia'));
    const dates = events.map((e) => e.document.effective);
    expect(dates).toEqual([...dates].sort());
    expect(events).toHaveLength(seed.actors.flatMap((a) => a.documents).filter((d) => d.authors.includes('australia')).length);
  });

  it('finds exactly the dimensions whose values differ between Australia’s first and latest documents', async () => {
    const docs = await listActorDocuments(actorId('australia'));
    const first = docs[0]!;
    const last = docs[docs.length - 1]!;
    const src = (slug: string) => seed.actors.flatMap((a) => a.documents).find((d) => d.id === slug)!.codings as Record<string, string | undefined>;
    const a = src(first.slug);
    const b = src(last.slug);
    const expected = ['applicability', 'knowledge', 'threshold', 'prevention', 'monitoring', 'capacity', 'nature', 'transit_states', 'remedies'].filter(
      (k) => a[k] !== b[k],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(
      diffDocuments(first, last)
        .filter((r) => r.changed)
        .map((r) => r.dimension)
        .sort(),
    ).toEqual(expected.sort());
  });
});

describe('several actors', () => {
  it('lists the documents of every actor asked for, and only theirs, in one newest-first list', async () => {
    const both = await listDocumentChanges({ actors: ['china', 'united-states'] });
    const china = await listDocumentChanges({ actors: ['china'] });
    const us = await listDocumentChanges({ actors: ['united-states'] });
    expect(china.length).toBeGreaterThan(0);
    expect(us.length).toBeGreaterThan(0);
    expect(both).toHaveLength(china.length + us.length);
    expect(new Set(both.map((r) => r.actor.slug))).toEqual(new Set(['china', 'united-states']));
    const days = both.map((r) => r.document.effective);
    expect(days).toEqual([...days].sort().reverse());
  });
});
