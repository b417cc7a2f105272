/**
 * A source file proposed through the desk (issue 21): kept with its proposal until a reviewer decides, then stored
 * exactly as `npm run source:add` stores a file (storeSource in sources.ts), with the proposal's origin as its
 * provenance. The file is checked by the same code as the command line's (server/sources/prepare-source.ts before
 * the write layer, checkSourceFile here) and bound to the proposal by its SHA-256: the payload names the hash, the
 * write layer computes it from the bytes and refuses a payload that names another.
 *
 * Why a table of its own (proposal_sources) and not the sources table with a "pending" status: every stored source's
 * text is indexed for public search by a trigger the moment it is written, and every reader of `sources` would have
 * to remember to leave pending rows out; a separate table keeps an unreviewed file out of every public path by
 * construction. A rejected proposal keeps its file (append-only, like everything a person entered).
 */
import { eq } from 'drizzle-orm';
import { authUsers, type Origin, type Proposal } from '@/db/schema';
import { proposalSources } from '@/db/schema-sources';
import { proposedSourceOf, type ProposalPayload, type ProposedSource } from '@/lib/editorial/payloads';
import type { SourceFileInput } from '@/lib/sources/attach-input';
import type { WriteContext } from './context';
import { ValidationError } from './errors';
import { checkSourceFile, storeSource, type AttachOutcome } from './sources';
import type { Role } from './writer';

/** The file's facts as a payload names them; the write layer's own reading of the bytes must agree. */
function factsOf(file: SourceFileInput, sha256: string): ProposedSource['file'] {
  const x = file.extracted;
  return {
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.bytes.length,
    sha256,
    kind: x.kind,
    unitKind: x.unitKind,
    unitCount: x.units.length,
  };
}

/**
 * Checks a proposal's file against its payload before anything is written: a payload that brings a source needs the
 * file, and a file needs a payload that brings it. Returns the hash to keep, or null when there is no file.
 */
export function checkProposedFile(payload: ProposalPayload, file: SourceFileInput | null | undefined): string | null {
  const source = proposedSourceOf(payload);
  if (!source && !file) return null;
  if (!source) throw new ValidationError({ file: ['This kind of proposal takes no file.'] });
  if (!file) throw new ValidationError({ file: ['Choose the source file (PDF, DOCX, HTML or text).'] });
  const sha256 = checkSourceFile(file);
  const facts = factsOf(file, sha256);
  const differ = (Object.keys(facts) as (keyof typeof facts)[]).filter((k) => facts[k] !== source.file[k]);
  if (differ.length > 0) throw new ValidationError({ file: [`The file does not match the proposal (${differ.join(', ')}): choose it again.`] });
  return sha256;
}

/** Keeps the checked file with its new proposal. Call inside the proposal's transaction, after checkProposedFile. */
export function keepProposedFile(ctx: WriteContext, proposalId: number, file: SourceFileInput, sha256: string): void {
  ctx.tx
    .insert(proposalSources)
    .values({
      proposalId,
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.bytes.length,
      sha256,
      bytes: Buffer.from(file.bytes),
      extracted: file.extracted,
      createdAt: ctx.now,
    })
    .run();
}

/** The role a proposal's author holds now (what the source row records as who attached it); an editor if unknown. */
function authorRole(ctx: WriteContext, userId: string | null): Exclude<Role, 'system'> {
  const role = userId ? ctx.tx.select({ role: authUsers.role }).from(authUsers).where(eq(authUsers.id, userId)).get()?.role : null;
  return role === 'reviewer' || role === 'admin' ? role : 'editor';
}

/** "Sol Editor <sol@example.org>" → "Sol Editor" (a desk user's label carries the email). */
const publicName = (label: string) => label.replace(/\s*<[^<>]*>$/, '') || label;

/**
 * Publishing an approved proposal's file: stored as the current source of `documentSlug` (replacing the one held,
 * which stays as history), audited as `source.attach` / `source.replace` with the proposal's origin. Call inside the
 * review transaction, after the payload is published (a new document exists by then). Null when it brings no file.
 */
export function publishProposedFile(
  ctx: WriteContext,
  proposal: Pick<Proposal, 'id' | 'authorUserId' | 'authorLabel' | 'reason'>,
  payload: ProposalPayload,
  documentSlug: string,
  origin: Pick<Origin, 'id' | 'label'>,
): AttachOutcome | null {
  const source = proposedSourceOf(payload);
  if (!source) return null;
  const kept = ctx.tx.select().from(proposalSources).where(eq(proposalSources.proposalId, proposal.id)).get();
  if (!kept || kept.sha256 !== source.file.sha256) {
    throw new ValidationError({ file: [`The file of proposal ${proposal.id} is missing or not the one proposed; reject it and ask for it again.`] });
  }
  const file: SourceFileInput = { fileName: kept.fileName, bytes: new Uint8Array(kept.bytes), mediaType: kept.mediaType, extracted: kept.extracted };
  const sha256 = checkSourceFile(file);
  const { file: _facts, ...metadata } = source;
  return storeSource(
    { ...ctx, why: proposal.reason },
    { documentSlug, file, metadata, sha256 },
    {
      provenance: 'desk',
      proposalId: proposal.id,
      // The reviewer approved this file for this document: it replaces whatever is held, the command line's included.
      replace: true,
      desk: {
        originId: origin.id,
        originLabel: origin.label,
        // The name only: who attached a source is shown to readers, an editor's email address is not.
        author: { userId: proposal.authorUserId, label: publicName(proposal.authorLabel), role: authorRole(ctx, proposal.authorUserId) },
      },
    },
  );
}
