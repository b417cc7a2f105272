/**
 * Loads a validated seed through the write layer's import (db/write/import.ts): adds and corrects, never deletes,
 * audited as the system actor 'import:<source>'. Idempotent: loading the same seed twice changes nothing. Codings are
 * append-only: a changed coding gets a new row that supersedes the old one; a dimension no longer coded gets a
 * withdrawal row.
 */
import type { Db } from '@/db/connect';
import { importLabel, type Writer } from '@/db/write/writer';
import { importSeed, type ImportReport } from '@/db/write/import';
import type { Seed } from '@/lib/dataset/seed-schema';

export type SeedReport = { actors: number; documents: number; codingsAdded: number; codingsUnchanged: number; literature: number; import: ImportReport };

/** The system writer of an import of `source` (a folder, shown as given). */
export const importWriter = (source: string): Writer => ({ userId: null, role: 'system', label: importLabel(source) });

export type SeedOptions = { now?: string; source?: string; replace?: boolean; keepMissing?: boolean };

/** Imports `seed` in one transaction: on any error (or refusal) nothing is written. */
export function seedDatabase(db: Db, seed: Seed, options: SeedOptions = {}): SeedReport {
  const source = options.source ?? 'seed';
  const report = importSeed(
    { db, by: importWriter(source), why: `import of ${source}`, now: options.now, replace: options.replace, keepMissing: options.keepMissing },
    seed,
  );
  return {
    actors: seed.actors.length,
    documents: seed.actors.reduce((n, a) => n + a.documents.length, 0),
    // Codings are append-only: a correction or withdrawal adds a row too.
    codingsAdded: report.codings.added + report.codings.corrected + report.codings.withdrawn,
    codingsUnchanged: report.codings.unchanged,
    literature: seed.literature.length,
    import: report,
  };
}
