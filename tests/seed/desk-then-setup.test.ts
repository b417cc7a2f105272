/**
 * Issue 18: nothing an editor publishes can block the next import. On a real database file, editors publish (with a
 * second reviewer) two documents for an actor the seed gives one document, one for an actor the seed gives none, and a
 * correction of one imported value; then `npm run db:setup` (the import of seed/) exits 0, keeps all of it, and its
 * report counts exactly — one coding kept, one value differing. A second run finds nothing to change and writes
 * nothing. Expectations are computed from seed/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { createProposal, reviewProposal } from '@/db/write/proposals';
import type { ProposalPayloadInput } from '@/lib/editorial/payloads';
import { DIMENSIONS } from '@/lib/domain/codebook';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { editor, reviewer } from '../write/helpers';
import { countOf, fingerprint, query, run, tempDir } from './import-helpers';

type SeedActor = { slug: string; kind: string; documents: { id: string; authors: string[] }[] };
const seedActors = (): SeedActor[] =>
  readdirSync(join(DEFAULT_SEED_DIR, 'actors')).map((f) => JSON.parse(readFileSync(join(DEFAULT_SEED_DIR, 'actors', f), 'utf8')) as SeedActor);

/** Documents whose authors include `slug`, in any file. */
const documentsOf = (all: SeedActor[], slug: string) => all.flatMap((a) => a.documents).filter((d) => d.authors.includes(slug));

function newDocument(actorSlug: string, date: string, title: string): ProposalPayloadInput {
  return {
    kind: 'new_document',
    actorSlug,
    document: { title, date, type: 'speech', venue: 'United Nations General Assembly', url: `https://example.org/${actorSlug}-${date}` },
    passages: [{ quote: 'States should exercise due diligence in cyberspace.', locator: 'para. 4', role: 'due_diligence' }],
    codings: { applicability: 'voluntary_norm' },
    confidence: 'medium',
    confidenceReason: null,
    sources: [`https://example.org/${actorSlug}-${date}`],
    summary: `${title}: due diligence as a voluntary norm.`,
    publicNote: null,
  };
}

function publish(path: string, payload: ProposalPayloadInput): void {
  const db = connect(path);
  try {
    const p = createProposal({ db, by: editor, why: 'Published by the ministry' }, payload);
    reviewProposal({ db, by: reviewer, why: 'Checked against the source' }, { id: p.id, decision: 'approve' });
  } finally {
    db.$client.close();
  }
}

describe('desk work, then npm run db:setup', { timeout: 180_000 }, () => {
  it('imports without refusing, keeps every desk document and correction, and counts exactly', () => {
    const all = seedActors();
    const states = all.filter((a) => a.kind === 'state');
    const withOne = states.find((a) => documentsOf(all, a.slug).length === 1)!;
    const withNone = states.find((a) => documentsOf(all, a.slug).length === 0)!;
    expect(withOne && withNone, 'seed/ has a State with one document and one with none').toBeTruthy();
    const seedDocuments = new Set(all.flatMap((a) => a.documents.map((d) => d.id))).size;

    const path = join(tempDir('desk-setup-'), 'tracker.db');
    const first = run('scripts/ensure-db.ts', [], path);
    expect(first.status, first.stderr).toBe(0);

    // Two desk documents for an actor the seed gives one: the old truncation check counted them as missing.
    publish(path, newDocument(withOne.slug, '2026-05-02', 'Statement on due diligence'));
    publish(path, newDocument(withOne.slug, '2026-06-03', 'Second statement on due diligence'));
    publish(path, newDocument(withNone.slug, '2026-05-04', 'First statement on due diligence'));
    // A correction of one imported value.
    const [target] = query<{ id: number; value: string }>(
      path,
      "SELECT c.id, c.value FROM current_codings c WHERE c.dimension_key = 'applicability' AND c.value IS NOT NULL ORDER BY c.id LIMIT 1",
    );
    const other = DIMENSIONS.find((d) => d.key === 'applicability')!.values.find((v) => v.value !== target!.value)!.value;
    publish(path, { kind: 'correction', codingId: target!.id, value: other, confidence: 'low' });
    const deskDocuments = query<{ slug: string }>(
      path,
      "SELECT d.slug FROM documents d JOIN origins o ON o.id = d.origin_id WHERE o.kind = 'desk' ORDER BY d.slug",
    ).map((r) => r.slug);
    expect(deskDocuments).toHaveLength(3);
    const codings = countOf(path, 'codings');

    const setup = run('scripts/setup-db.ts', [], path);
    expect(setup.status, setup.stderr).toBe(0);
    expect(setup.stdout).toContain(`documents 0 added, 0 corrected, ${seedDocuments} unchanged, 3 not in the folder left alone`);
    expect(setup.stdout).toContain('1 coding kept as the editors published it (1 value differs from the folder');
    expect(countOf(path, 'codings')).toBe(codings);
    expect(query(path, 'SELECT value FROM current_codings WHERE supersedes_id = ?', target!.id)).toEqual([{ value: other }]);
    for (const slug of deskDocuments) expect(query(path, 'SELECT count(*) AS n FROM documents WHERE slug = ?', slug)).toEqual([{ n: 1 }]);

    // Nothing left to change: the second run writes nothing at all (no audit row, no data version).
    const before = fingerprint(path);
    const again = run('scripts/setup-db.ts', [], path);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^Nothing to change/);
    expect(fingerprint(path)).toBe(before);
  });
});
