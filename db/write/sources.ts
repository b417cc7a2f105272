/**
 * Storing a document's source file and its text. Append-only: replacing a source adds a row that supersedes the old
 * one (whose file and text stay). The role check, the checks of the input, the rows, the audit entry and the data
 * version commit in one transaction, or nothing is written at all.
 *
 * - `attachSourceFromCommandLine` (npm run source:add): the system or an admin; refuses to replace a source attached
 *   through the desk unless `replace` is set; a file identical to the current one (same SHA-256 and details) is a
 *   no-op, so re-running a folder import changes nothing.
 * - `storeSource` is the shared step, for publishing a reviewed desk proposal as well (caller authorizes;
 *   db/write/proposal-sources.ts), so a file attached through the desk is stored exactly as the command line stores it.
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { actors, documentAuthors, documents } from '@/db/schema';
import { sourceFiles, sources, sourceTexts, type Source } from '@/db/schema-sources';
import { sourceMetadataSchema, type SourceFileInput, type SourceMetadata } from '@/lib/sources/attach-input';
import { formatBytes, sourceLimits } from '@/lib/sources/limits';
import { defaultRedistribution } from '@/lib/sources/redistribution';
import { SOURCE_MEDIA_TYPES, type SourceProvenance } from '@/lib/sources/vocabulary';
import { appendAudit } from './audit';
import { inWriteTransaction, type WriteContext, type WriteOptions } from './context';
import { ConflictError, fieldErrorsOf, NotFoundError, ValidationError } from './errors';
import { bumpDataVersion } from './version';
import { authorize, type Writer } from './writer';

/** A source row as shown and audited: everything but the bytes and the text. */
export type SourceRecord = Source;

export type AttachOutcome = {
  status: 'attached' | 'replaced' | 'unchanged';
  source: SourceRecord;
  superseded: SourceRecord | null;
  dataVersion: number | null;
};

export type AttachRequest = { documentSlug: string; file: SourceFileInput; metadata: SourceMetadata | unknown };

/** The current source of a document (the one nothing supersedes), or null. */
export function currentSourceOf(tx: Db, documentId: number): SourceRecord | null {
  return (
    tx
      .select()
      .from(sources)
      .where(and(eq(sources.documentId, documentId), sql`NOT EXISTS (SELECT 1 FROM sources later WHERE later.supersedes_id = ${sources.id})`))
      .get() ?? null
  );
}

/** Checks the file as the write layer receives it: never trusts the caller's hash, size, type or text. Returns its SHA-256. */
export function checkSourceFile(file: SourceFileInput): string {
  const problems: Record<string, string[]> = {};
  const limits = sourceLimits(process.env);
  const { extracted: x } = file;
  if (!(file.bytes instanceof Uint8Array) || file.bytes.length === 0) problems.file = ['is empty'];
  else if (file.bytes.length > limits.maxBytes) problems.file = [`is ${formatBytes(file.bytes.length)}; the limit is ${formatBytes(limits.maxBytes)}`];
  if (SOURCE_MEDIA_TYPES[x.kind] !== file.mediaType) problems.mediaType = [`must be ${SOURCE_MEDIA_TYPES[x.kind]} for a ${x.kind} file`];
  if (x.units.length === 0 || x.units.length > limits.maxUnits) problems.text = [`must have 1 to ${limits.maxUnits} pages or sections`];
  else if (x.units.some((u, i) => u.seq !== i + 1 || typeof u.text !== 'string')) problems.text = ['pages or sections must be numbered 1, 2, 3 …'];
  if (!file.fileName.trim() || file.fileName.length > 200) problems.fileName = ['must be 1 to 200 characters'];
  if (Object.keys(problems).length) throw new ValidationError(problems);
  return createHash('sha256').update(file.bytes).digest('hex');
}

function parseMetadata(metadata: unknown): SourceMetadata {
  const parsed = sourceMetadataSchema.safeParse(metadata);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error.issues));
  return parsed.data;
}

const sameDetails = (s: SourceRecord, sha: string, m: SourceMetadata, allowed: boolean, reason: string) =>
  s.sha256 === sha && s.originalUrl === m.originalUrl && s.obtainedOn === m.obtainedOn && s.redistribute === allowed && s.redistributionReason === reason;

/**
 * Stores the file, its text (indexed for search by the migration's trigger) and the audit entry, superseding the
 * current source. Call inside a transaction, after authorize(); bumps the data version.
 */
export function storeSource(
  ctx: WriteContext,
  req: { documentSlug: string; file: SourceFileInput; metadata: SourceMetadata; sha256: string },
  how: {
    provenance: SourceProvenance;
    proposalId: number | null;
    replace: boolean;
    /** A reviewed desk proposal: its origin (provenance) and its author, who attached the file (else the writer). */
    desk?: { originId: number; originLabel: string; author: Pick<Writer, 'userId' | 'label' | 'role'> };
  },
): AttachOutcome {
  const { tx, why, now } = ctx;
  const who = how.desk?.author ?? ctx.by;
  const doc = tx.select({ id: documents.id, type: documents.type }).from(documents).where(eq(documents.slug, req.documentSlug)).get();
  if (!doc) throw new NotFoundError(`No document "${req.documentSlug}".`);
  if (req.metadata.obtainedOn > now.slice(0, 10)) throw new ValidationError({ obtainedOn: ['must not be in the future'] });
  const kinds = tx
    .select({ kind: actors.kind })
    .from(documentAuthors)
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(eq(documentAuthors.documentId, doc.id))
    .all()
    .map((a) => a.kind);
  const redistribution = req.metadata.redistribution ?? defaultRedistribution(doc.type, kinds);
  const current = currentSourceOf(tx, doc.id);
  if (current && sameDetails(current, req.sha256, req.metadata, redistribution.allowed, redistribution.reason)) {
    return { status: 'unchanged', source: current, superseded: null, dataVersion: null };
  }
  if (current && current.provenance === 'desk' && how.provenance === 'command_line' && !how.replace) {
    throw new ConflictError(
      `Document "${req.documentSlug}" already has a source an editor attached (${current.fileName}, SHA-256 ${current.sha256.slice(0, 12)}…, ` +
        `by ${current.attachedByLabel} on ${current.attachedAt.slice(0, 10)}); nothing was written. Pass --replace to replace it.`,
    );
  }
  const x = req.file.extracted;
  const row = tx
    .insert(sources)
    .values({
      documentId: doc.id,
      supersedesId: current?.id ?? null,
      kind: x.kind,
      mediaType: req.file.mediaType,
      fileName: req.file.fileName,
      sizeBytes: req.file.bytes.length,
      sha256: req.sha256,
      originalUrl: req.metadata.originalUrl,
      obtainedOn: req.metadata.obtainedOn,
      redistribute: redistribution.allowed,
      redistributionReason: redistribution.reason,
      unitKind: x.unitKind,
      unitCount: x.units.length,
      pagesWithoutText: x.pagesWithoutText,
      extractor: x.extractor,
      attachedAt: now,
      attachedByUserId: who.userId,
      attachedByLabel: who.label,
      attachedByRole: who.role,
      provenance: how.provenance,
      proposalId: how.proposalId,
      reason: why,
      originId: how.desk?.originId ?? null,
    })
    .returning()
    .get();
  tx.insert(sourceFiles)
    .values({ sourceId: row.id, bytes: Buffer.from(req.file.bytes) })
    .run();
  for (const u of x.units) {
    tx.insert(sourceTexts).values({ sourceId: row.id, seq: u.seq, label: u.label, firstParagraph: u.firstParagraph, text: u.text }).run();
  }
  const after = { ...row, documentSlug: req.documentSlug, ...(how.desk ? { origin: `desk ${how.desk.originLabel}` } : {}) };
  appendAudit(
    ctx,
    current
      ? { action: 'source.replace', entity: 'source', entityId: row.id, before: current, after }
      : { action: 'source.attach', entity: 'source', entityId: row.id, after },
  );
  return { status: current ? 'replaced' : 'attached', source: row, superseded: current, dataVersion: bumpDataVersion(tx, now) };
}

/** `npm run source:add`: attaches directly (the system, or an admin), audited as a command-line import. */
export function attachSourceFromCommandLine(options: WriteOptions, req: AttachRequest & { replace?: boolean }): AttachOutcome {
  authorize(options.by, 'import', options.why);
  const sha256 = checkSourceFile(req.file);
  const metadata = parseMetadata(req.metadata);
  return inWriteTransaction({ ...options, why: options.why.trim() }, (ctx) =>
    storeSource(
      ctx,
      { documentSlug: req.documentSlug, file: req.file, metadata, sha256 },
      { provenance: 'command_line', proposalId: null, replace: req.replace ?? false },
    ),
  );
}
