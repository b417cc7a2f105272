/**
 * The bottom line on top of the two-page brief: who holds what on applicability, where the chosen actors agree and
 * differ on the other dimensions, what is coded for none of them, and which values rest on low confidence — plain
 * sentences made only from the rows' coded values and codebook labels, each pointing to the notes of the values it
 * sums up (no new notes).
 */
import { DIMENSION_LABELS, type ApplicabilityValue, type DimensionKey } from '@/lib/domain/codebook';
import type { Confidence } from '@/lib/domain/vocabulary';
import { isShown, type BriefCell } from './brief-cells';
import type { BriefRow } from './brief-rows';
import { joinNames } from './executive-summary';
import { lowerFirst } from './statements';

export type BriefSentence = { text: string; footnotes: number[] };

/** What each applicability value says about due diligence ("it"), in the singular and the plural. */
const HOLDS: Record<ApplicabilityValue, readonly [string, string]> = {
  binding_obligation: ['holds it to be a binding legal obligation', 'hold it to be a binding legal obligation'],
  voluntary_norm: ['treats it as a voluntary norm only', 'treat it as a voluntary norm only'],
  unsettled: ['calls the legal question open', 'call the legal question open'],
  political_support: ['supports it without a legal view', 'support it without a legal view'],
  rejects: ['rejects it', 'reject it'],
  general_law_only: ['states it only as general international law, not about cyberspace', 'state it only as general international law, not about cyberspace'],
  silent: ['says nothing on it in the documents coded', 'say nothing on it in the documents coded'],
};
const APPLICABILITY_ORDER = Object.keys(HOLDS) as ApplicabilityValue[];

type Entry = { name: string; cell: BriefCell };
const notes = (entries: readonly Entry[]) => [...new Set(entries.flatMap((e) => (e.cell.footnote === null ? [] : [e.cell.footnote])))].sort((a, b) => a - b);
const names = (entries: readonly Entry[]) => joinNames(entries.map((e) => e.name));
const dimName = (d: DimensionKey) => lowerFirst(DIMENSION_LABELS[d]);
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** "not yet coded for China and Russia", "no document tracked for …": the gaps among `entries`, by kind. */
function gapClauses(entries: readonly Entry[]): string[] {
  const clauses: string[] = [];
  for (const [kind, words] of [
    ['not_coded', 'not yet coded'],
    ['no_document', 'no document tracked'],
    ['left_out', 'left out below the chosen confidence'],
  ] as const) {
    const gap = entries.filter((e) => e.cell.kind === kind);
    if (gap.length) clauses.push(`${words} for ${names(gap)}`);
  }
  return clauses;
}

function applicabilitySentence(rows: readonly BriefRow[]): BriefSentence {
  const entries = rows.map((r) => ({ name: r.name, cell: r.applicability }));
  const held = APPLICABILITY_ORDER.flatMap((v) => {
    const group = entries.filter((e) => isShown(e.cell) && e.cell.value === v);
    return group.length ? [{ text: `${names(group)} ${HOLDS[v][group.length > 1 ? 1 : 0]}`, group }] : [];
  });
  const clauses = [...held.map((h) => h.text), ...gapClauses(entries)];
  return { text: `On due diligence in cyberspace, ${clauses.join('; ')}.`, footnotes: notes(held.flatMap((h) => h.group)) };
}

/** Agreement or difference on each column dimension coded for two actors or more; dimensions coded for one go together. */
function dimensionSentences(rows: readonly BriefRow[], columns: readonly DimensionKey[]): BriefSentence[] {
  const out: BriefSentence[] = [];
  const alone = new Map<string, { dims: string[]; entries: Entry[] }>();
  columns.forEach((dim, i) => {
    const entries = rows.map((r) => ({ name: r.name, cell: r.cells[i]! }));
    const shown = entries.filter((e) => isShown(e.cell));
    if (shown.length === 1) {
      const one = shown[0]!;
      const said = one.cell.value === null ? 'in its own words' : lowerFirst(one.cell.label);
      const slot = alone.get(one.name) ?? { dims: [], entries: [] };
      alone.set(one.name, { dims: [...slot.dims, `${dimName(dim)} (${said})`], entries: [...slot.entries, one] });
      return;
    }
    const groups = new Map<string, Entry[]>();
    for (const e of shown) {
      const key = e.cell.value === null ? 'in their own words' : lowerFirst(e.cell.label);
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const held = [...groups.entries()];
    const head =
      held.length === 1 && !held[0]![0].startsWith('in their')
        ? `On ${dimName(dim)}, ${names(held[0]![1])} agree: ${held[0]![0]}`
        : `On ${dimName(dim)}, they differ — ${held.map(([label, group]) => `${names(group)}: ${label}`).join('; ')}`;
    const rest = entries.filter((e) => !isShown(e.cell));
    // "not yet coded for the other 3" rather than a list of names the reader has just seen in the sentence above.
    const gaps = rest.length >= 3 && rest.every((e) => e.cell.kind === 'not_coded') ? [`not yet coded for the other ${rest.length}`] : gapClauses(rest);
    out.push({ text: `${[head, ...gaps].join('; ')}.`, footnotes: notes(shown) });
  });
  for (const [name, { dims, entries }] of alone) out.push({ text: `Only ${name} is coded on ${joinNames(dims)}.`, footnotes: notes(entries) });
  return out;
}

function confidenceSentence(rows: readonly BriefRow[], columns: readonly DimensionKey[], min: Confidence | null): BriefSentence | null {
  const byDim = (pick: (c: BriefCell) => boolean) =>
    (['applicability', ...columns] as DimensionKey[]).flatMap((dim, i) => {
      const entries = rows.map((r) => ({ name: r.name, cell: i === 0 ? r.applicability : r.cells[i - 1]! })).filter((e) => pick(e.cell));
      return entries.length ? [{ text: `${dimName(dim)} for ${names(entries)}`, entries }] : [];
    });
  const low = byDim((c) => c.lowConfidence);
  const left = min ? byDim((c) => c.kind === 'left_out') : [];
  const parts = [
    ...(low.length ? [`Low confidence, to verify before citing: ${low.map((l) => l.text).join('; ')}.`] : []),
    ...(left.length ? [`Left out as coded below ${min} confidence: ${left.map((l) => l.text).join('; ')}.`] : []),
  ];
  return parts.length ? { text: parts.join(' '), footnotes: notes(low.flatMap((l) => l.entries)) } : null;
}

/** `uncoded`: chosen dimensions coded for none of the actors (they get no column). */
export function buildBottomLine(
  rows: readonly BriefRow[],
  columns: readonly DimensionKey[],
  uncoded: readonly DimensionKey[],
  min: Confidence | null,
): BriefSentence[] {
  if (rows.length === 0) return [];
  const gaps = uncoded.length
    ? [{ text: `${capital(joinNames(uncoded.map(dimName)))} ${uncoded.length > 1 ? 'are' : 'is'} coded for none of them (annex).`, footnotes: [] }]
    : [];
  const confidence = confidenceSentence(rows, columns, min);
  return [applicabilitySentence(rows), ...dimensionSentences(rows, columns), ...gaps, ...(confidence ? [confidence] : [])];
}
