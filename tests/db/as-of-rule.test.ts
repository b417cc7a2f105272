/**
 * Done-when check of issue 9: for every actor with documents, at 2015-12-31, 2019-12-31, 2021-12-31 and today,
 * /api/v1/compare gives the outcome the codebook's as-of rule gives. The expected outcomes come from `codebookRule`
 * below, a small implementation written from the text of CODEBOOK.md 1.1.0 ("As-of rule"), deliberately not sharing
 * code with lib/as-of.ts, applied to the raw seed files of this repository. The dataset README's own counts table is
 * a second, independent cross-check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/compare/route';
import { todayIso } from '@/lib/domain/dates';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { seedTestDb } from '../helpers/db';

type RawRecord = { id: string; date: string; authors: string[]; codings: Record<string, string | undefined>; not_coded: string[] };
type RawActor = { slug: string; kind: string; documents: RawRecord[] };

const actorsDir = join(DEFAULT_SEED_DIR, 'actors');
const rawActors = readdirSync(actorsDir).map((f) => JSON.parse(readFileSync(join(actorsDir, f), 'utf8')) as RawActor);
const records = rawActors.flatMap((a) => a.documents);
const DIMS = ['applicability', 'knowledge', 'threshold', 'prevention', 'monitoring', 'capacity', 'nature', 'transit_states', 'remedies'];

/** Rule 1: "2021" from 2021-12-31, "2017-06" from 2017-06-30, "2019-10-29" from that day. */
function takesEffect(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(lastDay).padStart(2, '0')}`;
}

/** Rule 2: tier 1 a legal view, tier 2 political_support, tier 3 the no-finding value. */
function tier(dimension: string, value: string): number {
  if (dimension === 'applicability' && value === 'political_support') return 2;
  if (value === (dimension === 'applicability' ? 'silent' : 'unspecified')) return 3;
  return 1;
}

type Expected = { outcome: 'value' | 'silent' | 'not_coded' | 'no_document'; value: string | null; document: string | null };

export function codebookRule(slug: string, dimension: string, asOf: string): Expected {
  // "the records that name it as actor_slug or list it in authors"
  const mine = records.filter((r) => r.authors.includes(slug));
  const inEffect = mine.filter((r) => takesEffect(r.date) <= asOf);
  if (inEffect.length === 0) return { outcome: 'no_document', value: null, document: null };
  // Rule 4: a document that does not code the dimension (absent or in not_coded) is not counted.
  const coding = inEffect.filter((r) => r.codings[dimension] !== undefined && !r.not_coded.includes(dimension));
  if (coding.length === 0) return { outcome: 'not_coded', value: null, document: null };
  const value = (r: RawRecord) => (dimension === 'remedies' ? 'text' : r.codings[dimension]!);
  const best = Math.min(...coding.map((r) => tier(dimension, value(r))));
  // Rule 3: latest by the day it takes effect, then the date as written, then record id.
  const latest = coding
    .filter((r) => tier(dimension, value(r)) === best)
    .sort((a, b) =>
      takesEffect(a.date) < takesEffect(b.date)
        ? -1
        : takesEffect(a.date) > takesEffect(b.date)
          ? 1
          : a.date < b.date
            ? -1
            : a.date > b.date
              ? 1
              : a.id < b.id
                ? -1
                : 1,
    )
    .at(-1)!;
  return { outcome: best === 3 ? 'silent' : 'value', value: dimension === 'remedies' ? null : latest.codings[dimension]!, document: latest.id };
}

const withDocuments = rawActors
  .filter((a) => records.some((r) => r.authors.includes(a.slug)))
  .map((a) => a.slug)
  .sort();
const DATES = ['2015-12-31', '2019-12-31', '2021-12-31', todayIso()];

type ApiRow = { actor_slug: string; dimension: string; outcome: string; value: string | null; document_title: string | null };
async function compareApi(asOf: string, actors: string[]): Promise<ApiRow[]> {
  const res = await GET(new Request(`http://tracker.test/api/v1/compare?format=json&asOf=${asOf}&actors=${actors.join(',')}&dims=${DIMS.join(',')}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as { rows: ApiRow[] }).rows;
}

beforeAll(() => seedTestDb());

describe('/api/v1/compare follows the codebook’s as-of rule', () => {
  it('covers every actor with documents, co-authors of joint documents included', () => {
    expect(withDocuments).toContain('iceland');
    expect(withDocuments.length).toBeGreaterThan(50);
  });

  it.each(DATES)('gives the codebook outcome for every actor with documents and every dimension as of %s', async (asOf) => {
    const rows = await compareApi(asOf, withDocuments);
    expect(new Set(rows.map((r) => r.actor_slug))).toEqual(new Set(withDocuments));
    const titles = new Map(records.map((r) => [r.id, (r as unknown as { title: string }).title]));
    for (const slug of withDocuments) {
      for (const dim of DIMS) {
        const got = rows.find((r) => r.actor_slug === slug && r.dimension === dim);
        const want = codebookRule(slug, dim, asOf);
        expect({ outcome: got?.outcome, value: got?.value ?? null }, `${slug} ${dim} ${asOf}`).toEqual({ outcome: want.outcome, value: want.value });
        if (want.document) expect(got?.document_title, `${slug} ${dim} ${asOf}`).toBe(titles.get(want.document));
      }
    }
  });

  // The dataset's README publishes applicability counts at four dates (binding, voluntary, unsettled, political
  // support, general law, silent, not yet coded, no document). They are copied into a fixture so a clone without the
  // dataset folder checks them too; where the dataset sits beside the project (../shared/data, or DATASET_DIR) the
  // fixture must still equal its README, so a new release cannot leave a stale copy behind.
  it("agrees with the applicability counts the dataset's README publishes for the seed's release", async () => {
    const published = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/dataset-published-counts.json'), 'utf8')) as {
      dataset_release: string;
      applicability: Record<string, number[]>;
    };
    const meta = JSON.parse(readFileSync(join(process.cwd(), 'seed/meta.json'), 'utf8')) as { dataset_release: string };
    expect(published.dataset_release, 'tests/fixtures/dataset-published-counts.json is for the release in seed/meta.json').toBe(meta.dataset_release);
    const readme = join(process.env.DATASET_DIR ?? join(process.cwd(), '..', 'shared', 'data'), 'README.md');
    if (existsSync(readme)) {
      const text = readFileSync(readme, 'utf8');
      const table = [...text.matchAll(/^\| (\d{4}-\d{2}-\d{2}) \|((?: \d+ \|){8})$/gm)].map((m) => [
        m[1]!,
        m[2]!
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean)
          .map(Number),
      ]);
      expect(Object.fromEntries(table), `the fixture copies ${readme}`).toEqual(published.applicability);
    }
    const order = ['binding_obligation', 'voluntary_norm', 'unsettled', 'political_support', 'general_law_only', 'silent', 'not_coded', 'no_document'];
    const dates = Object.entries(published.applicability);
    expect(dates.length).toBeGreaterThan(0);
    for (const [asOf, counts] of dates) {
      const rows = (await compareApi(asOf, withDocuments)).filter((r) => r.dimension === 'applicability');
      const key = (r: ApiRow) => (r.outcome === 'value' || r.outcome === 'silent' ? r.value : r.outcome);
      expect(
        order.map((k) => rows.filter((r) => key(r) === k).length),
        asOf,
      ).toEqual(counts);
    }
  });

  it('says Japan holds due diligence binding on 28 May 2021, the same-day speech notwithstanding', async () => {
    const [row] = (await compareApi('2021-05-28', ['japan'])).filter((r) => r.dimension === 'applicability');
    expect(row).toMatchObject({ outcome: 'value', value: 'binding_obligation' });
    expect(codebookRule('japan', 'applicability', '2021-05-28')).toMatchObject({ value: 'binding_obligation', document: 'japan-2021-05-28-gge-contribution' });
  });
});
