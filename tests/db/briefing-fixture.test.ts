import { beforeAll, describe, expect, it } from 'vitest';
import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { buildBriefing } from '@/lib/briefing/model';
import { parseBriefingParams } from '@/lib/url/briefing-params';
import type { SearchParams } from '@/lib/url/search-params';
import { actor, record, seedOf } from '../fixtures/seed';
import { seedTestDb } from '../helpers/db';
import { expectSameFootnotesEverywhere } from './briefing-helpers';

const bloc = { memberships: [] as { group: string; from: string; to: string | null }[] };
const member = (from: string, to: string | null = null) => ({ memberships: [{ group: 'bloc', from, to }] });

beforeAll(() => {
  seedTestDb(
    seedOf([
      actor('bloc', [record('bloc--2018', '2018-05', { applicability: 'unsettled' })], { ...bloc, kind: 'regional_org', iso3: null }),
      actor(
        'alpha',
        [
          record('alpha--2016', '2016-02-01', { applicability: 'voluntary_norm' }),
          record(
            'alpha--2021',
            '2021',
            { applicability: 'binding_obligation', knowledge: 'actual' },
            { confidence: 'low', url: null, archive_url: 'https://archive.example.org/alpha-2021' },
          ),
          record('alpha--2024', '2024-03-01', { applicability: 'silent' }, { url: null }),
        ],
        member('2000-01-01'),
      ),
      actor('joiner', [record('joiner--2022', '2022-01-01', { applicability: 'rejects' })], member('2022-06-01')),
      actor('leaver', [record('leaver--2015', '2015-01-01', { applicability: 'binding_obligation' })], member('2000-01-01', '2020-01-31')),
      actor('quiet', [], member('2000-01-01')),
    ]),
  );
});

async function packFor(sp: SearchParams) {
  const { params } = parseBriefingParams(sp, await getBriefingVocabulary(), '2026-11-22');
  return buildBriefing(await getBriefingInput(params, '2026-11-22'));
}

describe('the briefing pack on a small fixture', () => {
  it('expands a group to the bloc first, then its members on the as-of date', async () => {
    expect((await packFor({ group: 'bloc', asOf: '2019-06-30' })).matrix.map((r) => r.slug)).toEqual(['bloc', 'alpha', 'leaver', 'quiet']);
    expect((await packFor({ group: 'bloc', asOf: '2023-01-01' })).matrix.map((r) => r.slug)).toEqual(['bloc', 'alpha', 'joiner', 'quiet']);
  });

  it("states alpha's value, the later silence, the change, and cites the archived copy when there is no official URL", async () => {
    const pack = await packFor({ actors: 'alpha', dims: 'applicability,knowledge', asOf: '2025-01-01' });
    const s = pack.sections[0]!.statements;
    expect(s.map((x) => x.kind)).toEqual(['position', 'summary', 'position', 'change']);
    expect(s[0]!.text).toBe('Applicability: Binding obligation — position paper of 2021. The later 2024 document says nothing on this.');
    expect(s[0]!.lowConfidence).toBe(true);
    expect(pack.footnotes[0]!.citations.map((c) => [c.url, c.archived])).toEqual([
      ['https://archive.example.org/alpha-2021', true],
      [null, false],
    ]);
    expect(s[1]!.text).toBe('Our summary of that document: Our summary of alpha--2021.');
    expect(s[3]!.text).toBe('Change: on applicability, Alpha moved from “Voluntary norm only” (2016) to “Binding obligation” (2021).');
    expect(pack.footnotes[pack.sections[0]!.statements[3]!.footnote! - 1]!.citations.map((c) => c.url)).toEqual([
      'https://example.org/alpha--2016',
      'https://archive.example.org/alpha-2021',
    ]);
    await expectSameFootnotesEverywhere(pack);
  });

  it('before any document, and for an actor with none, says that no document is tracked, without a footnote', async () => {
    const pack = await packFor({ actors: 'alpha,quiet', asOf: '2010-01-01' });
    expect(pack.sections.map((x) => x.statements.map((st) => [st.kind, st.footnote]))).toEqual([[['no_document', null]], [['no_document', null]]]);
    expect(pack.sections[0]!.statements[0]!.text).toBe('No document of Alpha dated on or before 1 January 2010 is tracked.');
    expect(pack.footnotes).toEqual([]);
    await expectSameFootnotesEverywhere(pack);
  });
});
