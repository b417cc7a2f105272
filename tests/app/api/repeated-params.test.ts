import { beforeAll, describe, expect, it } from 'vitest';
import { GET as briefingGET } from '@/app/api/v1/briefing/route';
import { GET as compareGET } from '@/app/api/v1/compare/route';
import { GET as dimensionGET } from '@/app/api/v1/dimensions/[key]/route';
import { seedTestDb } from '../../helpers/db';

beforeAll(() => seedTestDb());

const body = async (res: Response) => ({ status: res.status, text: await res.text() });
const call = (handler: (r: Request) => Promise<Response>, query: string) => handler(new Request(`http://test/api?${query}`)).then(body);

/** GET forms with a multi-select send repeated keys; shared links use comma lists. Both must mean the same. */
describe('API routes read repeated and comma-list parameters alike', () => {
  it('/api/v1/compare: actors and dims', async () => {
    const comma = await call(compareGET, 'format=json&actors=denmark,china&dims=applicability,knowledge&asOf=2021-12-31');
    const repeated = await call(compareGET, 'format=json&actors=denmark&actors=china&dims=applicability&dims=knowledge&asOf=2021-12-31');
    const mixed = await call(compareGET, 'format=json&actors=denmark&actors=china,denmark&dims=applicability,knowledge&asOf=2021-12-31');
    expect(comma.status).toBe(200);
    const parsed = JSON.parse(comma.text) as { actors: string[]; dimensions: string[] };
    expect(parsed.actors.sort()).toEqual(['china', 'denmark']);
    expect(parsed.dimensions).toEqual(['applicability', 'knowledge']);
    expect(repeated.text).toBe(comma.text);
    expect(mixed.text).toBe(comma.text);
  });

  it('/api/v1/compare: CSV too', async () => {
    const comma = await call(compareGET, 'format=csv&actors=denmark,china');
    const repeated = await call(compareGET, 'format=csv&actors=denmark&actors=china');
    expect(repeated.text).toBe(comma.text);
    expect(comma.text).toContain('Denmark');
    expect(comma.text).toContain('China');
  });

  it('/api/v1/briefing: actors and dims', async () => {
    const comma = await call(briefingGET, 'format=md&actors=denmark,china&dims=applicability,knowledge&asOf=2021-12-31');
    const repeated = await call(briefingGET, 'format=md&actors=denmark&actors=china&dims=applicability&dims=knowledge&asOf=2021-12-31');
    expect(comma.status).toBe(200);
    expect(repeated.text).toBe(comma.text);
    expect(comma.text).toContain('Denmark');
    expect(comma.text).toContain('China');
  });

  it('/api/v1/dimensions/[key]: a repeated single-valued parameter reads its first value, as on the page', async () => {
    const handler = (r: Request) => dimensionGET(r, { params: Promise.resolve({ key: 'knowledge' }) });
    const first = await call(handler, 'format=json&kind=state&to=2021-12-31');
    const repeated = await call(handler, 'format=json&kind=state&kind=court&to=2021-12-31');
    expect(first.status).toBe(200);
    expect(repeated.text).toBe(first.text);
  });
});
