/** `npm run source:add` as a separate process, as whoever runs the database would use it. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/source-files';
import { fileTableCounts, sourceTestDbFile, STATE_DOC } from './helpers';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const run = (dbPath: string, ...args: string[]) =>
  spawnSync(tsx, ['--conditions', 'react-server', 'scripts/source-add.ts', ...args], { env: { ...process.env, DATABASE_URL: dbPath }, encoding: 'utf8' });

describe('npm run source:add -- <document-id> <file>', { timeout: 120_000 }, () => {
  it('attaches a PDF to an existing document, audited as a command-line import; usage errors exit 2', () => {
    const dbPath = sourceTestDbFile();
    const pdf = makePdf([['Cover page'], ['Ruritania considers due diligence a binding obligation.']]);
    const file = join(dirname(dbPath), 'ruritania.pdf');
    writeFileSync(file, pdf);
    const ok = run(dbPath, STATE_DOC, file, '--url', 'https://example.org/ruritania.pdf', '--obtained', '2026-04-01');
    expect(ok.status, ok.stderr).toBe(0);
    const sha = createHash('sha256').update(pdf).digest('hex');
    expect(ok.stdout).toContain(`Attached a source to document "${STATE_DOC}": ruritania.pdf (PDF, 2 pages`);
    expect(ok.stdout).toContain(sha);
    const d = new Database(dbPath, { readonly: true });
    const row = d
      .prepare('SELECT s.sha256, s.original_url, s.obtained_on, s.provenance FROM sources s JOIN documents doc ON doc.id = s.document_id WHERE doc.slug = ?')
      .get(STATE_DOC);
    const audit = d.prepare("SELECT actor_label, actor_role, action FROM audit_log WHERE entity = 'source'").all();
    d.close();
    expect(row).toEqual({ sha256: sha, original_url: 'https://example.org/ruritania.pdf', obtained_on: '2026-04-01', provenance: 'command_line' });
    expect(audit).toEqual([{ actor_label: 'import:source:add', actor_role: 'system', action: 'source.attach' }]);

    const before = fileTableCounts(dbPath);
    const usage = run(dbPath, STATE_DOC);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run source:add');
    expect(fileTableCounts(dbPath)).toEqual(before);
  });
});
