/**
 * Approving a proposal whose quote is not in the document's stored source needs the reviewer's override with a
 * reason, audited with the approval in one transaction; refused, nothing changes. Also the verification queue's
 * reads of sources: documents with a source and dimensions to code, quotes not found in their source.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listQuotesNotFound, listSourcedUncoded } from '@/db/queries/source-queue';
import { ForbiddenError, ValidationError } from '@/db/write/errors';
import { createProposal } from '@/db/write/proposals';
import { reviewCheckingQuotes } from '@/db/write/quote-review';
import { attachSourceFromCommandLine } from '@/db/write/sources';
import { prepareSource } from '@/server/sources/prepare-source';
import { SOURCE_ADD_WRITER } from '@/scripts/source-add';
import { makePdf } from '../helpers/source-files';
import { seedTestDb } from '../helpers/db';
import { actor, record, seedOf } from '../fixtures/seed';
import { dump, editor, reviewer, tableCounts } from './helpers';

// A slug the desk's payloads accept (single hyphens), unlike the shared source fixture's.
const STATE_DOC = 'ruritania-2026-paper';
const PAGE_2 = ['A State should have known of the operation.', 'It must prevent harm within its capacity.'];
const SEED_QUOTE = `Quoted words of ${STATE_DOC}`; // the fixture's quote (tests/fixtures/seed.ts), not in our PDF

const q = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];
const coding = (dimension: string, value: string, quote: string) => ({
  kind: 'coding',
  documentSlug: STATE_DOC,
  actorSlug: 'ruritania',
  dimension,
  value,
  confidence: 'medium',
  passage: { quote, locator: 'p. 2', role: 'due_diligence' },
});
function refusal(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
}

beforeAll(async () => {
  seedTestDb(seedOf([actor('ruritania', [record(STATE_DOC, '2026-03', { applicability: 'binding_obligation' }, { authors: ['ruritania'] })])]));
  const file = await prepareSource(makePdf([['Cover page'], PAGE_2]), 'paper.pdf');
  attachSourceFromCommandLine(
    { db, by: SOURCE_ADD_WRITER, why: 'test' },
    {
      documentSlug: STATE_DOC,
      file,
      metadata: { originalUrl: null, obtainedOn: '2026-04-01', redistribution: null },
    },
  );
});

describe('reviewCheckingQuotes', () => {
  it('approves a proposal whose quote is in the source without an override', () => {
    const p = createProposal({ db, by: editor, why: 'Read on page 2' }, coding('knowledge', 'actual_or_constructive', PAGE_2[0]!));
    const out = reviewCheckingQuotes({ db, by: reviewer, why: 'Checked' }, { id: p.id, decision: 'approve', override: null });
    expect(out.proposal.status).toBe('published');
    expect(q('SELECT count(*) AS n FROM audit_log WHERE action = ?', 'proposal.quote_override')).toEqual([{ n: 0 }]);
  });

  it('refuses to publish an edited quote without the override and its reason, and changes nothing', () => {
    const edited = PAGE_2[1]!.replace('prevent harm', 'prevent all harm');
    const p = createProposal({ db, by: editor, why: 'Read on page 2' }, coding('prevention', 'includes_prevention', edited));
    const before = tableCounts();
    const audit = dump('audit_log');
    const plain = refusal(() =>
      reviewCheckingQuotes({ db, by: reviewer, why: 'Looks fine' }, { id: p.id, decision: 'approve', override: null }),
    ) as ValidationError;
    expect(plain).toBeInstanceOf(ValidationError);
    expect(Object.keys(plain.fieldErrors)).toEqual(['overrideQuotes']);
    const noReason = refusal(() =>
      reviewCheckingQuotes({ db, by: reviewer, why: 'Looks fine' }, { id: p.id, decision: 'approve', override: { reason: '  ' } }),
    ) as ValidationError;
    expect(Object.keys(noReason.fieldErrors)).toEqual(['overrideReason']);
    expect(
      refusal(() => reviewCheckingQuotes({ db, by: editor, why: 'I approve' }, { id: p.id, decision: 'approve', override: { reason: 'mine' } })),
    ).toBeInstanceOf(ForbiddenError);
    expect(tableCounts()).toEqual(before);
    expect(dump('audit_log')).toEqual(audit);

    const reason = 'The stored copy is the draft; the signed version has these words.';
    const out = reviewCheckingQuotes({ db, by: reviewer, why: 'Approved on the signed version' }, { id: p.id, decision: 'approve', override: { reason } });
    expect(out.proposal.status).toBe('published');
    const rows = q<{ action: string; reason: string; at: string; after: string }>(
      `SELECT action, reason, at, after FROM audit_log WHERE entity = 'proposal' AND entity_id = ? AND action IN ('proposal.quote_override', 'proposal.approve') ORDER BY id`,
      String(p.id),
    );
    expect(rows.map((r) => [r.action, r.reason])).toEqual([
      ['proposal.quote_override', reason],
      ['proposal.approve', 'Approved on the signed version'],
    ]);
    expect(rows[0]!.at).toBe(rows[1]!.at);
    expect(JSON.parse(rows[0]!.after)).toEqual({ quotes: [{ field: 'passage.quote', quote: edited, status: 'not_found' }] });
  });

  it('rejects without an override', () => {
    const p = createProposal({ db, by: editor, why: 'Guess' }, coding('monitoring', 'monitoring_expected', 'Words that are nowhere in the paper.'));
    expect(reviewCheckingQuotes({ db, by: reviewer, why: 'Not in the source' }, { id: p.id, decision: 'reject', override: null }).proposal.status).toBe(
      'rejected',
    );
  });
});

describe('the verification queue from stored sources', () => {
  it('lists the document with a source and the dimensions its author has not coded', async () => {
    const coded = new Set(
      q<{ k: string }>(
        `SELECT DISTINCT c.dimension_key AS k FROM codings c JOIN documents d ON d.id = c.document_id WHERE d.slug = ? AND (c.value IS NOT NULL OR c.free_text IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id)`,
        STATE_DOC,
      ).map((r) => r.k),
    );
    expect(coded.has('knowledge') && coded.has('prevention')).toBe(true);
    const items = await listSourcedUncoded();
    expect(items.map((i) => i.document.slug)).toEqual([STATE_DOC]);
    expect(items[0]!.uncoded.length).toBe(9 - coded.size);
    expect(items[0]!.uncoded.some((d) => coded.has(d))).toBe(false);
  });

  it('lists the published quotes not found in their source, and not the one that is', async () => {
    const quotes = (await listQuotesNotFound()).map((i) => i.quote).sort();
    expect(quotes).toEqual([SEED_QUOTE, PAGE_2[1]!.replace('prevent harm', 'prevent all harm')].sort());
  });
});
