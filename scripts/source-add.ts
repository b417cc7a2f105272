/**
 * npm run source:add -- <document-id> <file> [--url <address>] [--obtained YYYY-MM-DD]
 *                       [--no-redistribute --reason "…" | --redistribute --reason "…"] [--replace] [--why "…"]
 *
 * Attaches the file of a document directly, for whoever runs the database and holds a folder of files (like
 * db:seed): the same checks as the desk (server/sources/prepare-source.ts), written through the write layer and
 * audited as a command-line import. A source an editor attached through the desk is replaced only with --replace; the
 * same file again changes nothing. Exit code 0 when attached or unchanged, 1 when refused (the database unchanged),
 * 2 for a usage error.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connect } from '@/db/connect';
import { env } from '@/db/env';
import { migrateDatabase } from '@/db/migrate';
import { importLabel, type Writer } from '@/db/write/writer';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/db/write/errors';
import { attachSourceFromCommandLine, type AttachOutcome } from '@/db/write/sources';
import { todayIso } from '@/lib/domain/dates';
import { tooLargeError } from '@/lib/sources/detect';
import { formatBytes, sourceLimits, type SourceLimits } from '@/lib/sources/limits';
import { SourceFileError } from '@/lib/sources/source-file-error';
import { SOURCE_KIND_LABELS, SOURCE_UNIT_LABELS } from '@/lib/sources/vocabulary';
import { prepareSource } from '@/server/sources/prepare-source';

export const USAGE =
  'usage: npm run source:add -- <document-id> <file> [--url <address>] [--obtained YYYY-MM-DD] ' +
  '[--no-redistribute --reason "…" | --redistribute --reason "…"] [--replace] [--why "…"]';

/** Who writes: the system, as a command-line import (the audit's actor label). */
export const SOURCE_ADD_WRITER: Writer = { userId: null, role: 'system', label: importLabel('source:add') };

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      url: { type: 'string' },
      obtained: { type: 'string' },
      redistribute: { type: 'boolean' },
      'no-redistribute': { type: 'boolean' },
      reason: { type: 'string' },
      replace: { type: 'boolean' },
      why: { type: 'string' },
    },
  });
  const [documentSlug, file, ...rest] = positionals;
  if (!documentSlug || !file || rest.length) throw new UsageError('give a document id and one file');
  if (values.redistribute && values['no-redistribute']) throw new UsageError('--redistribute and --no-redistribute contradict each other');
  const choice = values.redistribute ? true : values['no-redistribute'] ? false : null;
  if (choice !== null && !values.reason?.trim()) throw new UsageError(`--${choice ? '' : 'no-'}redistribute needs --reason "…" (shown to readers)`);
  if (choice === null && values.reason) throw new UsageError('--reason goes with --redistribute or --no-redistribute');
  return {
    documentSlug,
    file,
    replace: values.replace ?? false,
    why: values.why?.trim() || `Source file ${basename(file)} attached from the command line`,
    metadata: {
      originalUrl: values.url ?? null,
      obtainedOn: values.obtained ?? todayIso(),
      redistribution: choice === null ? null : { allowed: choice, reason: values.reason!.trim() },
    },
  };
}

export function describeOutcome(documentSlug: string, o: AttachOutcome): string {
  const s = o.source;
  if (o.status === 'unchanged') return `Document "${documentSlug}" already has this file (${s.fileName}, SHA-256 ${s.sha256}); nothing changed.`;
  const units = `${s.unitCount} ${SOURCE_UNIT_LABELS[s.unitKind].toLowerCase()}${s.unitCount === 1 ? '' : 's'}`;
  const lines = [
    `${o.status === 'replaced' ? 'Replaced the source of' : 'Attached a source to'} document "${documentSlug}": ${s.fileName} ` +
      `(${SOURCE_KIND_LABELS[s.kind]}, ${units}, ${formatBytes(s.sizeBytes)}, SHA-256 ${s.sha256}).`,
    `Download: ${s.redistribute ? 'offered' : 'not offered'} — ${s.redistributionReason}`,
  ];
  if (s.pagesWithoutText.length)
    lines.push(`Warning: no text on page${s.pagesWithoutText.length === 1 ? '' : 's'} ${s.pagesWithoutText.join(', ')} (scanned?).`);
  if (o.superseded) lines.push(`The earlier file (${o.superseded.fileName}, SHA-256 ${o.superseded.sha256}) is kept as history.`);
  lines.push(`Data version ${o.dataVersion}.`);
  return lines.join('\n');
}

export async function runSourceAdd(argv: string[], url: string = env.DATABASE_URL): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  let limits: SourceLimits;
  try {
    limits = sourceLimits(process.env);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  let bytes: Uint8Array;
  try {
    // An oversized file is refused before it is read into memory.
    const size = statSync(args.file).size;
    if (size > limits.maxBytes) {
      console.error(`Refused: ${tooLargeError(basename(args.file), size, limits).message} Nothing was stored.`);
      return 1;
    }
    bytes = new Uint8Array(readFileSync(args.file));
  } catch (e) {
    console.error(`${args.file}: cannot be read (${e instanceof Error ? e.message : String(e)}).`);
    return 1;
  }
  const db = connect(url);
  try {
    migrateDatabase(db);
    const file = await prepareSource(bytes, basename(args.file), limits);
    const outcome = attachSourceFromCommandLine(
      { db, by: SOURCE_ADD_WRITER, why: args.why },
      {
        documentSlug: args.documentSlug,
        file,
        metadata: args.metadata,
        replace: args.replace,
      },
    );
    console.log(describeOutcome(args.documentSlug, outcome));
    return 0;
  } catch (e) {
    if (e instanceof SourceFileError || e instanceof ConflictError || e instanceof NotFoundError || e instanceof ForbiddenError) {
      console.error(`Refused: ${e.message} Nothing was stored.`);
      return 1;
    }
    if (e instanceof ValidationError) {
      const fields = Object.entries(e.fieldErrors).map(([f, m]) => `  ${FLAG_OF[f] ?? f}: ${m.join('; ')}`);
      console.error(`Refused, nothing was stored:\n${fields.join('\n')}`);
      return 1;
    }
    throw e;
  } finally {
    db.$client.close();
  }
}

/** Field names of the write layer → the command-line flags that set them. */
const FLAG_OF: Record<string, string> = {
  originalUrl: '--url',
  obtainedOn: '--obtained',
  'redistribution.reason': '--reason',
  reason: '--why',
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runSourceAdd(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
