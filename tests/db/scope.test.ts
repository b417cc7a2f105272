import { beforeAll, describe, expect, it } from 'vitest';
import { listActorsInScope } from '@/db/queries/scope';
import { seedTestDb } from '../helpers/db';
import { actor, record, seedOf } from '../fixtures/seed';

beforeAll(() => {
  seedTestDb(
    seedOf([
      actor('bloc', [], { kind: 'regional_org', iso3: null, region: null, un_regional_group: null }),
      actor('early', [record('early--2019', '2019-01-01', { applicability: 'binding_obligation' })], {
        memberships: [{ group: 'bloc', from: '2000-01-01', to: null }],
      }),
      actor('joiner', [], { memberships: [{ group: 'bloc', from: '2021-06-01', to: null }], region: 'Asia' }),
      actor('leaver', [], { memberships: [{ group: 'bloc', from: '2000-01-01', to: '2020-01-31' }] }),
    ]),
  );
});

const slugs = async (...args: Parameters<typeof listActorsInScope>) => (await listActorsInScope(...args)).map((a) => a.slug);

describe('listActorsInScope', () => {
  it('judges group membership on the as-of date', async () => {
    expect(await slugs({ group: 'bloc' }, '2019-12-31')).toEqual(['early', 'leaver']);
    expect(await slugs({ group: 'bloc' }, '2020-01-31')).toEqual(['early', 'leaver']);
    expect(await slugs({ group: 'bloc' }, '2021-05-31')).toEqual(['early']);
    expect(await slugs({ group: 'bloc' }, '2021-06-01')).toEqual(['early', 'joiner']);
  });

  it('combines slugs, kinds and region', async () => {
    expect(await slugs({ kinds: ['regional_org'] }, '2024-01-01')).toEqual(['bloc']);
    expect(await slugs({ kinds: ['state'], region: 'Asia' }, '2024-01-01')).toEqual(['joiner']);
    expect(await slugs({ slugs: ['early', 'bloc'] }, '2024-01-01')).toEqual(['bloc', 'early']);
    expect(await slugs({ group: 'nobody' }, '2024-01-01')).toEqual([]);
  });
});
