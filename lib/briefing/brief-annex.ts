/**
 * The annex of the two-page brief: the gaps (dimensions coded for no chosen actor, later documents not yet coded or
 * silent beside a value, actors with no document), the method in a few sentences, and the legend of the "no value"
 * kinds and confidence levels. Made from the as-of outcomes and the shared definitions only.
 */
import { AS_OF_RULE_SENTENCE } from '@/lib/domain/as-of';
import { CODEBOOK_VERSION, DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { laterPoliticalNote, laterSilenceNote, OUTCOME_KIND_DEFINITIONS, OUTCOME_KIND_LABELS, pendingNote } from '@/lib/domain/outcome-text';
import { CONFIDENCE_DEFINITIONS, CONFIDENCE_LABELS, CONFIDENCE_LEVELS, type Confidence } from '@/lib/domain/vocabulary';
import { isShown, type ResolvedCell } from './brief-cells';
import { joinNames } from './executive-summary';
import type { LegendEntry } from './model';
import { lowerFirst } from './statements';

export type BriefAnnex = { gaps: string[]; method: string[]; legend: LegendEntry[] };

export const BRIEF_NOTE_RULE =
  'Each value gives the year of the document it rests on. The note after an actor’s applicability value cites that document; a value or quote with a note of its own rests on another document. “Not yet coded” and “No document tracked” describe the tracker’s own coding and have no note.';
export const FULL_PACK_SENTENCE =
  'The full pack (the same link with layout=full) states every value in a sentence with its note, the changes of position up to the date and our summary of each document.';

const dimList = (dims: readonly DimensionKey[]) => joinNames(dims.map((d) => lowerFirst(DIMENSION_LABELS[d])));

type ActorCells = { name: string; cells: ReadonlyMap<DimensionKey, ResolvedCell> };

/** "European Union — knowledge and harm threshold: 2 later documents (2019, 2024) are not yet coded." */
function laterDocumentNotes(actors: readonly ActorCells[], dims: readonly DimensionKey[]): string[] {
  return actors.flatMap(({ name, cells }) => {
    const byNote = new Map<string, DimensionKey[]>();
    for (const dim of dims) {
      const cell = cells.get(dim);
      if (!cell || !isShown(cell)) continue;
      for (const note of [laterSilenceNote(cell.outcome), laterPoliticalNote(cell.outcome), pendingNote(cell.outcome)])
        if (note) byNote.set(note, [...(byNote.get(note) ?? []), dim]);
    }
    return [...byNote].map(([note, ds]) => `${name} — ${dimList(ds)}: ${note}.`);
  });
}

export function buildAnnex(
  actors: readonly ActorCells[],
  shownDims: readonly DimensionKey[],
  uncoded: readonly DimensionKey[],
  leftOut: readonly DimensionKey[],
  asOf: string,
  min: Confidence | null,
): BriefAnnex {
  const noDocument = actors.filter((a) => a.cells.get('applicability')?.kind === 'no_document').map((a) => a.name);
  const gaps = [
    ...(uncoded.length ? [`Coded for none of the chosen actors, so not shown as columns: ${dimList(uncoded)}.`] : []),
    ...(leftOut.length ? [`Coded only below ${min} confidence, so left out: ${dimList(leftOut)}.`] : []),
    ...laterDocumentNotes(actors, shownDims),
    ...(noDocument.length ? [`No document dated on or before ${formatPartialDate(asOf)} is tracked for ${joinNames(noDocument)}.`] : []),
  ];
  const kinds = ['silent', 'not_coded', 'no_document'] as const;
  return {
    gaps,
    method: [`Codebook version ${CODEBOOK_VERSION}. ${AS_OF_RULE_SENTENCE}`, BRIEF_NOTE_RULE, FULL_PACK_SENTENCE],
    legend: [
      ...kinds.map((k) => ({ label: OUTCOME_KIND_LABELS[k], definition: OUTCOME_KIND_DEFINITIONS[k] })),
      ...CONFIDENCE_LEVELS.map((l) => ({ label: CONFIDENCE_LABELS[l], definition: CONFIDENCE_DEFINITIONS[l] })),
    ],
  };
}
