/**
 * The executive summary at the top of a briefing: per dimension, where the chosen actors agree and where they differ,
 * in plain sentences built only from their as-of outcomes and codebook labels. Each sentence points to the notes of
 * the position statements it sums up (no new notes: the numbers are those of the positions section).
 */
import { resolveActorAsOf, type Outcome } from '@/lib/domain/as-of';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { OUTCOME_KIND_LABELS, outcomeLabel } from '@/lib/domain/outcome-text';
import type { BriefingActorInput, Statement } from './statements';

export type SummarySentence = { dimension: DimensionKey; text: string; footnotes: number[] };

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

type Section = { name: string; statements: Statement[] };

export function buildExecutiveSummary(
  actors: readonly BriefingActorInput[],
  sections: readonly Section[],
  dims: readonly DimensionKey[],
  asOf: string,
): SummarySentence[] {
  const outcomes = actors.map((a) => resolveActorAsOf(dims, asOf, a.documents, a.codings));
  return dims.flatMap((dim): SummarySentence[] => {
    const groups = new Map<string, string[]>();
    const ownWords: string[] = [];
    const gaps = new Map<'not_coded' | 'no_document', string[]>();
    actors.forEach((a, i) => {
      const o: Outcome = outcomes[i]![dim]!;
      if (o.kind === 'not_coded' || o.kind === 'no_document') gaps.set(o.kind, [...(gaps.get(o.kind) ?? []), a.name]);
      else if (o.value === null) ownWords.push(a.name);
      else groups.set(outcomeLabel(dim, o), [...(groups.get(outcomeLabel(dim, o)) ?? []), a.name]);
    });
    const label = lowerFirst(DIMENSION_LABELS[dim]);
    const parts: string[] = [];
    const held = [...groups.entries()];
    if (held.length === 1 && held[0]![1].length > 1) parts.push(`${joinNames(held[0]![1])} agree: “${held[0]![0]}”`);
    else if (held.length > 0)
      parts.push(`${held.length > 1 ? 'they differ — ' : ''}${held.map(([value, names]) => `${joinNames(names)}: “${value}”`).join('; ')}`);
    if (ownWords.length)
      parts.push(`${joinNames(ownWords)} ${ownWords.length > 1 ? 'state it' : 'states it'} in ${ownWords.length > 1 ? 'their' : 'its'} own words`);
    for (const kind of ['not_coded', 'no_document'] as const) {
      const names = gaps.get(kind);
      if (names?.length) parts.push(`${lowerFirst(OUTCOME_KIND_LABELS[kind])} for ${joinNames(names)}`);
    }
    if (parts.length === 0) return [];
    const footnotes = [
      ...new Set(
        sections.flatMap((s) => s.statements.filter((st) => st.kind === 'position' && st.dimension === dim && st.footnote !== null).map((st) => st.footnote!)),
      ),
    ];
    const text = `On ${label}, ${parts.join('; ')}.`;
    return [{ dimension: dim, text: text[0]!.toUpperCase() + text.slice(1), footnotes }];
  });
}
