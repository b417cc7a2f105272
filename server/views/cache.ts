import 'server-only';
import { cache } from 'react';
import { readView } from '@/db/client';
import type { SearchParams } from '@/lib/url/search-params';

/**
 * A view loader: runs in one read snapshot (db/read-snapshot.ts) and is memoised for the request by React `cache()`,
 * so `generateMetadata` and the page share one set of reads. Keys are strings because `cache()` compares arguments
 * by identity.
 */
export function viewLoader<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  return cache((key: string) => readView(() => load(key)));
}

/** A stable string for a search-params record (sorted keys, repeated values kept in order). */
export function searchKey(sp: SearchParams): string {
  return JSON.stringify(
    Object.keys(sp)
      .sort()
      .map((k) => [k, sp[k]]),
  );
}

export function fromSearchKey(key: string): SearchParams {
  return Object.fromEntries(JSON.parse(key) as [string, string | string[]][]);
}
