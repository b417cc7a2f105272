/**
 * Coverage of a dimension, as of a date: of the States with a document in effect, how many are coded on it (a value,
 * or a coded silence / "not addressed"), how many have documents not yet coded on it; and how many States have no
 * document at all. Read off the one count of States (lib/domain/state-counts.ts), so a coverage line and the counts
 * beside it cannot disagree. Pure; one wording for every page that asks a "how" question (matrix headers, dimension
 * pages, /dimensions, /method, the briefing, the map).
 */
import { plural } from '@/lib/domain/plural';
import { countOf, type StateCounts } from '@/lib/domain/state-counts';

export type Coverage = { coded: number; notCoded: number; noDocument: number; total: number };

/** The coverage in a count of States: every value and coded silence is coded; the two gaps are what they say. */
export function coverageOf(counts: StateCounts): Coverage {
  const notCoded = countOf(counts, 'not_coded').count;
  const noDocument = countOf(counts, 'no_document').count;
  return { coded: counts.total - notCoded - noDocument, notCoded, noDocument, total: counts.total };
}

/** States with at least one document in effect on the date (coded on this dimension or not). */
export const withDocument = (c: Coverage): number => c.coded + c.notCoded;

/** "coded for 5 of 70 States with a document" */
export function coverageText(c: Coverage): string {
  return `coded for ${c.coded} of ${plural(withDocument(c), 'State')} with a document`;
}

/** "Knowledge: coded for 5 of 70 States with a document" — the line said up front wherever a "how" question is asked. */
export function coverageLine(dimensionLabel: string, c: Coverage): string {
  return `${dimensionLabel}: ${coverageText(c)}`;
}

/** "65 not yet coded" (the link to what is not coded), null when every State with a document is coded. */
export function notCodedText(c: Coverage): string | null {
  return c.notCoded > 0 ? `${c.notCoded} not yet coded` : null;
}

/** "Not shown: 31 States not yet coded on knowledge and 138 with no document tracked." (null when nothing is hidden) */
export function gapText(c: Pick<Coverage, 'notCoded' | 'noDocument'>, dimensionLabel: string): string | null {
  const parts: string[] = [];
  if (c.notCoded > 0) parts.push(`${plural(c.notCoded, 'State')} whose documents are not yet coded on ${dimensionLabel.toLowerCase()}`);
  if (c.noDocument > 0) parts.push(`${plural(c.noDocument, 'State')} with no document tracked`);
  return parts.length ? `Not among these rows: ${parts.join(', and ')}.` : null;
}
