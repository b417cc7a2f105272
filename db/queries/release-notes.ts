import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The dataset's CHANGELOG as copied into seed/CHANGELOG.md by `npm run data:convert` (the app never reads
 * ../shared at run time). Null when the seed has none (a dataset before 1.1). The path is a constant so the build's
 * file tracing includes this one file, not the whole project.
 */
export function readReleaseNotes(): string | null {
  const path = join(process.cwd(), 'seed', 'CHANGELOG.md');
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
