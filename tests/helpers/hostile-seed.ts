/**
 * A valid seed whose text tries to become markup: a copy of the real seed in which the documents of some actors
 * carry the hostile strings of tests/lib/briefing/hostile-strings.ts in every free-text field a briefing prints
 * (title, summary, quote, locator, threshold wording) — and one actor's name too. Every value is still clean text, so
 * the seed validator accepts it: this is what an editor or a dataset release could legitimately contain.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import type { Seed } from '@/lib/dataset/seed-schema';
import { HOSTILE_STRINGS } from '../lib/briefing/hostile-strings';

/** Single-line fields (titles, locators) take the strings with their line breaks folded into spaces. */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** Writes the hostile copy into a fresh temporary folder and returns the folder and the validated seed. */
export function hostileSeed(slugs: readonly string[]): { dir: string; seed: Seed; nameSuffix: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-seed-'));
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  let k = 0;
  const next = () => HOSTILE_STRINGS[k++ % HOSTILE_STRINGS.length]!;
  const nameSuffix = ' <img src=x onerror=alert(1)>';
  slugs.forEach((slug, i) => {
    const file = join(dir, 'actors', `${slug}.json`);
    const actor = JSON.parse(readFileSync(file, 'utf8'));
    if (i === 0) actor.name += nameSuffix;
    for (const d of actor.documents) {
      d.title = `${d.title} ${oneLine(next())}`;
      d.summary = `${d.summary} ${next()}`;
      if (d.quote !== null) {
        d.quote = `${d.quote} ${next()}`;
        d.quote_locator = `${d.quote_locator} ${oneLine(next())}`;
      }
      if (d.codings.threshold_text) d.codings.threshold_text = `${d.codings.threshold_text} ${next()}`;
    }
    writeFileSync(file, JSON.stringify(actor, null, 2));
  });
  return { dir, seed: readSeedDir(dir), nameSuffix };
}
