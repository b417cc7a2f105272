/** URL query → the record shape pages receive, keeping repeated parameters (`?actors=a&actors=b`) as arrays. */
import type { SearchParams } from '@/lib/url/search-params';

export function searchParamsRecord(query: URLSearchParams): SearchParams {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of query) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
