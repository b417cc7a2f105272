import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { datasetMeta, RELEASE_NOTES_KEY } from '@/db/schema';

/**
 * The dataset's release notes (its CHANGELOG), as the last import brought them into the database (dataset_meta), so
 * the page and `data:export` agree. A database loaded before imports kept them falls back to seed/CHANGELOG.md (the
 * path is a constant so the build's file tracing includes this one file). Null when neither has any.
 */
export function readReleaseNotes(): string | null {
  const stored = db.select({ value: datasetMeta.value }).from(datasetMeta).where(eq(datasetMeta.key, RELEASE_NOTES_KEY)).get();
  if (stored) return stored.value;
  const path = join(process.cwd(), 'seed', 'CHANGELOG.md');
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
