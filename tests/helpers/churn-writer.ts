/**
 * A writer for the consistency test (tests/e2e/consistency.spec.ts), run in its own process:
 *   npx tsx tests/helpers/churn-writer.ts <database> <seconds>
 * In a loop, one transaction adds a State with a document of its own (authored jointly on an existing document) and
 * the next removes it again. A reader that assembles a view from separate reads, with no snapshot, sees the State in
 * one query and not in the next — the torn read the view loaders must never show. Only rows it created are removed.
 * Prints the number of committed transactions.
 */
import Database from 'better-sqlite3';

const [file, secondsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: churn-writer.ts <database> <seconds>');
const until = Date.now() + Number(secondsArg ?? 10) * 1000;
const sqlite = new Database(file);
sqlite.pragma('busy_timeout = 5000');
const SLUG = 'consistency-test-state';

// Like every publish and import (db/write/version.ts), each transaction bumps the content version: caches and
// per-version memos (db/memo-by-version.ts, the page cache) rely on it.
const bump = sqlite.prepare("UPDATE data_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1");
const doc = sqlite.prepare('SELECT document_id AS id FROM document_authors ORDER BY document_id LIMIT 1').get() as { id: number };
const add = sqlite.transaction(() => {
  const { lastInsertRowid } = sqlite
    .prepare("INSERT INTO actors (slug, name, kind, iso3, region) VALUES (?, 'Consistency test State', 'state', 'XCT', 'Europe')")
    .run(SLUG);
  sqlite
    .prepare("INSERT INTO document_authors (document_id, actor_id, summary, confidence, verified_from) VALUES (?, ?, 'Test row.', NULL, '[]')")
    .run(doc.id, lastInsertRowid);
  bump.run();
});
const remove = sqlite.transaction(() => {
  sqlite.prepare('DELETE FROM actors WHERE slug = ?').run(SLUG);
  bump.run();
});

let commits = 0;
remove();
while (Date.now() < until) {
  add();
  remove();
  commits += 2;
}
sqlite.close();
// A plain write: console.log would colour a number when the parent sets FORCE_COLOR.
process.stdout.write(`${commits}\n`);
