import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The dataset's CHANGELOG as copied into seed/CHANGELOG.md by `npm run data:convert` (the app never reads
 * ../shared at run time). Null when the seed has none (a dataset before 1.1, or a custom seed directory).
 */
export function readReleaseNotes(path: string = join(process.cwd(), 'seed', 'CHANGELOG.md')): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
