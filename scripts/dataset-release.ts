/**
 * Release facts the dataset states about itself, taken in by `npm run data:convert` (scripts/convert-dataset.ts):
 * the citation its README asks for, with version and date, into seed/meta.json; and its CHANGELOG.md, copied to
 * seed/CHANGELOG.md, because the app shows release notes but never reads ../shared at run time.
 */
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export type Release = { release: string; release_date: string; citation: string };

/** From README.md's "Cite it as: "…, version 1.1 (2026-12-01)"" line; null for a dataset that asks for none. */
export function parseRelease(readme: string): Release | null {
  const citation = /Cite it as:\s*"([^"]+)"/.exec(readme)?.[1]?.replace(/\s+/g, ' ').trim();
  if (!citation) return null;
  const m = /version ([\w.]+) \((\d{4}-\d{2}-\d{2})\)/.exec(citation);
  if (!m) throw new Error(`README.md's citation "${citation}" gives no "version X (YYYY-MM-DD)"`);
  return { release: m[1]!, release_date: m[2]!, citation };
}

export function readRelease(sourceDir: string): Release | null {
  const path = join(sourceDir, 'README.md');
  return existsSync(path) ? parseRelease(readFileSync(path, 'utf8')) : null;
}

/** Copies CHANGELOG.md into the seed (or removes a stale copy when the dataset has none). */
export function copyChangelog(sourceDir: string, seedDir: string): boolean {
  const from = join(sourceDir, 'CHANGELOG.md');
  const to = join(seedDir, 'CHANGELOG.md');
  if (existsSync(from)) {
    copyFileSync(from, to);
    return true;
  }
  rmSync(to, { force: true });
  return false;
}
