import 'server-only';
import { getProposedSourceText } from '@/db/queries/proposal-sources';
import { cueHits } from '@/lib/sources/cue-hits';
import type { SourceWorkbench } from './workbench';

/** The file a pending (or decided) desk proposal brings, for the reading view on its review page. */
export type ProposedSourceView = SourceWorkbench & { sizeBytes: number; pagesWithoutText: number[] };

/** Call inside a read snapshot. `documentSlug`: the document it is for ('' for a new document not yet published). */
export async function readProposedSource(proposalId: number, documentSlug: string): Promise<ProposedSourceView | null> {
  const row = await getProposedSourceText(proposalId);
  if (!row) return null;
  const { units, unitKind, pagesWithoutText } = row.extracted;
  return { documentSlug, fileName: row.fileName, sha256: row.sha256, sizeBytes: row.sizeBytes, unitKind, units, hits: cueHits(units), pagesWithoutText };
}
