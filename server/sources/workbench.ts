import 'server-only';
import { getDocumentSource, listSourceUnits } from '@/db/queries/sources';
import { cueHits, type CueHit } from '@/lib/sources/cue-hits';
import type { SourceUnitKind } from '@/lib/sources/vocabulary';

/** What the desk's reading view shows beside the coding form: the stored text page by page and its cue-phrase hits. */
export type SourceWorkbench = {
  documentSlug: string;
  fileName: string;
  sha256: string;
  unitKind: SourceUnitKind;
  units: { seq: number; label: string | null; firstParagraph: number | null; text: string }[];
  /** Reading aids only: where each dimension's cue phrases occur. They never set a value. */
  hits: CueHit[];
};

/** The current source of a document for the reading view, or null when we hold none. Call inside a read snapshot. */
export async function readSourceWorkbench(documentSlug: string): Promise<SourceWorkbench | null> {
  const found = await getDocumentSource(documentSlug);
  if (!found?.source) return null;
  const { source } = found;
  const units = await listSourceUnits(source.id);
  return { documentSlug, fileName: source.fileName, sha256: source.sha256, unitKind: source.unitKind, units, hits: cueHits(units) };
}
