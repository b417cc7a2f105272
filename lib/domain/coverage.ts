/**
 * Coverage of a dimension: of M States, how many have a finding (a value, or silent / not addressed), how many have
 * documents not yet coded on it, and how many have no document tracked. Pure; shared by the matrix header, the
 * dimension pages, /method and the "few rows" hints of filtered views.
 */
import { isCoded, type Outcome } from '@/lib/domain/as-of';
import { plural } from '@/lib/domain/plural';

export type Coverage = { coded: number; notCoded: number; noDocument: number; total: number };

export function coverageOf(outcomes: readonly Outcome[]): Coverage {
  const c: Coverage = { coded: 0, notCoded: 0, noDocument: 0, total: outcomes.length };
  for (const o of outcomes) {
    if (isCoded(o)) c.coded += 1;
    else if (o.kind === 'not_coded') c.notCoded += 1;
    else c.noDocument += 1;
  }
  return c;
}

/** "coded for 14 of 193 States" */
export function coverageText(c: Coverage): string {
  return `coded for ${c.coded} of ${plural(c.total, 'State')}`;
}

/** "Not shown: 31 States not yet coded on knowledge and 138 with no document tracked." (null when nothing is hidden) */
export function gapText(c: Pick<Coverage, 'notCoded' | 'noDocument'>, dimensionLabel: string): string | null {
  const parts: string[] = [];
  if (c.notCoded > 0) parts.push(`${plural(c.notCoded, 'State')} whose documents are not yet coded on ${dimensionLabel.toLowerCase()}`);
  if (c.noDocument > 0) parts.push(`${plural(c.noDocument, 'State')} with no document tracked`);
  return parts.length ? `Not among these rows: ${parts.join(', and ')}.` : null;
}
