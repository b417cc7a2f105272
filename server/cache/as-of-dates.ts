/**
 * The dates an as-of view may compare its date with (lib/domain/as-of-class.ts), read by the production server for the
 * page cache's as-of templates. Generous on purpose: an extra boundary only narrows a class, a missing one could
 * merge two. Documents' dates and effective dates (the as-of rule), memberships' first and last days (who is in a
 * group on a date), and the days codings and document corrections were recorded.
 *
 * No `server-only` guard: scripts/serve.ts imports this outside the React server bundle.
 */
import type Database from 'better-sqlite3';

const SQL = `
  SELECT effective_date FROM documents UNION SELECT date FROM documents
  UNION SELECT from_date FROM memberships UNION SELECT to_date FROM memberships WHERE to_date IS NOT NULL
  UNION SELECT substr(created_at, 1, 10) FROM codings UNION SELECT substr(created_at, 1, 10) FROM document_revisions`;

/** Every such date, or none before the tables exist (the templates then stay unused, never wrong). */
export function readAsOfDates(sqlite: Database.Database): string[] {
  try {
    return sqlite.prepare(SQL).pluck().all() as string[];
  } catch {
    return [];
  }
}
