import { beforeAll, describe, expect, it } from 'vitest';
import { getApplicabilitySeries } from '@/db/queries/timeline';
import { actor, record, seedOf } from '../fixtures/seed';
import { seedTestDb } from '../helpers/db';
import { engineCounts, nonZero } from './timeline-engine';

const member = (from: string, to: string | null = null) => ({ memberships: [{ group: 'bloc', from, to }] });

beforeAll(() => {
  seedTestDb(
    seedOf([
      actor('bloc', [record('bloc--2019', '2019-02', { applicability: 'unsettled' }, { type: 'joint_statement' })], { kind: 'regional_org', iso3: null }),
      actor(
        'alpha',
        [
          record('alpha--2018', '2018-05', { applicability: 'voluntary_norm' }),
          record('alpha--2020', '2020', { applicability: 'silent' }),
          record('alpha--2022', '2022-02-10', { applicability: 'binding_obligation' }),
        ],
        member('2019-06-15', '2021-03-01'),
      ),
      actor('beta', [record('beta--2019', '2019-03-01', {}), record('beta--2021', '2021-07', { applicability: 'unsettled' })], {
        ...member('2020-01-01'),
        region: 'Asia',
      }),
      actor('quiet', []),
    ]),
  );
});

const TODAY = '2022-03-15';
const at = (series: Awaited<ReturnType<typeof getApplicabilitySeries>>, asOf: string) => nonZero(series.find((p) => p.asOf === asOf)!.counts);

describe('getApplicabilitySeries on a small fixture', () => {
  it('counts States from the month of the first document to the current month, keeping a value through a later silence', async () => {
    const series = await getApplicabilitySeries({ kinds: ['state'], region: null, group: null }, TODAY);
    expect(series[0]!.asOf).toBe('2018-05-31');
    expect(series[series.length - 1]!.asOf).toBe('2022-03-31');
    expect(at(series, '2018-05-31')).toEqual({ voluntary_norm: 1, no_document: 2 });
    expect(at(series, '2020-12-31')).toEqual({ voluntary_norm: 1, not_coded: 1, no_document: 1 });
    expect(at(series, '2022-02-28')).toEqual({ binding_obligation: 1, unsettled: 1, no_document: 1 });
  });

  it('judges group membership at each month end', async () => {
    const series = await getApplicabilitySeries({ kinds: ['state'], region: null, group: 'bloc' }, TODAY);
    expect(series[0]!.asOf).toBe('2018-05-31');
    expect(series.find((p) => p.asOf === '2019-05-31')!.total).toBe(0);
    expect(at(series, '2019-06-30')).toEqual({ voluntary_norm: 1 });
    expect(at(series, '2020-01-31')).toEqual({ voluntary_norm: 1, not_coded: 1 });
    expect(at(series, '2021-03-31')).toEqual({ not_coded: 1 });
    expect(at(series, '2021-07-31')).toEqual({ unsettled: 1 });
  });

  it('filters by region and by kind', async () => {
    const asia = await getApplicabilitySeries({ kinds: ['state'], region: 'Asia', group: null }, TODAY);
    expect(asia[0]!.asOf).toBe('2019-03-31');
    expect(asia.every((p) => p.total === 1)).toBe(true);
    const orgs = await getApplicabilitySeries({ kinds: ['regional_org'], region: null, group: null }, TODAY);
    expect(at(orgs, '2019-02-28')).toEqual({ unsettled: 1 });
  });

  it('gives, at every month end and for every scope, what the /compare engine gives on that day', async () => {
    const scopes = [
      { kinds: ['state'] as const, region: null, group: null },
      { kinds: ['state'] as const, region: null, group: 'bloc' },
      { kinds: ['state'] as const, region: 'Asia', group: null },
    ];
    for (const scope of scopes) {
      for (const point of await getApplicabilitySeries(scope, TODAY)) {
        expect(nonZero(point.counts), `${JSON.stringify(scope)} ${point.asOf}`).toEqual(await engineCounts(scope, point.asOf));
      }
    }
  });

  it('returns no months when no actor in scope has a document', async () => {
    expect(await getApplicabilitySeries({ kinds: ['court'], region: null, group: null }, TODAY)).toEqual([]);
  });
});
