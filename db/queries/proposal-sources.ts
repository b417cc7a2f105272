/** Reads of a desk proposal's source file (kept in proposal_sources until review): what the reviewer reads. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { proposalSources } from '@/db/schema-sources';

/** The file's facts and its text as read when proposed (never the bytes), or null when the proposal has no file. */
export async function getProposedSourceText(proposalId: number) {
  return (
    db
      .select({
        fileName: proposalSources.fileName,
        mediaType: proposalSources.mediaType,
        sizeBytes: proposalSources.sizeBytes,
        sha256: proposalSources.sha256,
        extracted: proposalSources.extracted,
      })
      .from(proposalSources)
      .where(eq(proposalSources.proposalId, proposalId))
      .get() ?? null
  );
}
