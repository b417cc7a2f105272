/**
 * Words of the research notes of dataset 1.0, which must reach no page or export after 1.1. Taken from the 1.0 seed
 * kept in tests/fixtures/seed-1.0 (inside the repository): the curators' markers, and from every 1.0 note, quote
 * locator and summary that 1.1 rewrote, a long plain-text run (letters, digits and spaces only, so HTML escaping
 * cannot hide a match) that appears nowhere in the 1.1 seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Doc = { id: string; notes: string | null; quote_locator: string | null; summary: string };
// Playwright runs from the repository root (playwright.config.ts).
const root = process.cwd();
const docsIn = (dir: string): Doc[] => readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { documents: Doc[] }).documents);

export const OLD_MARKERS = [
  'NOT RESOLVED',
  'HIGH PRIORITY',
  'FIRST PASS NOTES',
  'SECOND PASS',
  'UNVERIFIED RECOLLECTION',
  'WEAK RECORD',
  'UPGRADED',
  'markdown copy in GitHub repo',
];

export function oldResearchNeedles(): string[] {
  const old = docsIn(join(root, 'tests/fixtures/seed-1.0/actors'));
  const current = readdirSync(join(root, 'seed/actors'))
    .map((f) => readFileSync(join(root, 'seed/actors', f), 'utf8'))
    .join('\n');
  const needles = new Set<string>(OLD_MARKERS);
  for (const d of old) {
    for (const text of [d.notes, d.quote_locator, d.summary]) {
      if (!text) continue;
      const run = (text.match(/[A-Za-z0-9 ]{40,}/g) ?? [])
        .sort((a, b) => b.length - a.length)[0]
        ?.trim()
        .slice(0, 60);
      if (run && run.length >= 40 && !current.includes(run)) needles.add(run);
    }
  }
  return [...needles];
}
