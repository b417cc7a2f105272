/**
 * One row of the two-page brief per actor: the applicability value, the best quote, the values of the dimensions
 * shown, a note per document cited and one confidence note. The quote is the actor's due-diligence wording when any
 * shown value has it, else a passage labelled as context, else the row says there is none.
 */
import type { CodedOutcome } from '@/lib/domain/as-of';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { CONTEXT_QUOTE_LABEL, type Confidence, type QuoteRole } from '@/lib/domain/vocabulary';
import type { Citation } from './citation';
import { joinNames } from './executive-summary';
import { isShown, type BriefCell, type ResolvedCell } from './brief-cells';
import { lowerFirst, type BriefingActorInput } from './statements';

export type BriefQuote = { kind: 'own' | 'context'; quote: string; label: string; footnote: number; showNote: boolean } | { kind: 'none'; label: string };

export type BriefRow = {
  slug: string;
  name: string;
  isBloc: boolean;
  applicability: BriefCell;
  /** One per dimension column of the brief, in column order. */
  cells: BriefCell[];
  quote: BriefQuote;
  confidenceNote: string;
};

export const NO_QUOTE_TEXT = 'No quote recorded for the values shown.';
const ROLE_RANK = (role: QuoteRole | null) => (role === 'due_diligence' ? 0 : role === null ? 1 : 2);

type Cite = (c: Citation) => number;

/** The citation of the document a cell rests on, with the locator of the quote given for it. */
function citationOf(a: BriefingActorInput, o: CodedOutcome, quote?: { locator: string; role: QuoteRole | null }): Citation {
  const base = a.documents.find((d) => d.id === o.document.id)!.citation;
  const q = quote ?? a.evidence.get(o.coding.id)?.quotes[0];
  // Confidence is told once per row (the confidence note), so the notes cite documents only.
  return { ...base, locator: q?.locator ?? base.locator, quoteRole: q ? q.role : base.quoteRole, confidence: null, form: undefined };
}

type Shown = ResolvedCell & { outcome: CodedOutcome };
type Picked = { q: { quote: string; locator: string; role: QuoteRole | null }; cell: Shown };

/** The best passage among the shown values: due-diligence wording first, then unlabelled, then context. */
function pickQuote(a: BriefingActorInput, shown: readonly Shown[]): Picked | null {
  const candidates = shown.flatMap((cell, i) => (a.evidence.get(cell.outcome.coding.id)?.quotes ?? []).map((q, j) => ({ q, cell, order: i * 100 + j })));
  return candidates.sort((x, y) => ROLE_RANK(x.q.role) - ROLE_RANK(y.q.role) || x.order - y.order)[0] ?? null;
}

function quoteOf(picked: Picked | null, app: ResolvedCell, footnote: number | null, rowNote: number | null): BriefQuote {
  if (!picked || footnote === null) return { kind: 'none', label: NO_QUOTE_TEXT };
  const otherDocument = isShown(app) && picked.cell.outcome.document.id !== app.outcome.document.id;
  const context = picked.q.role === 'context';
  const label = context ? CONTEXT_QUOTE_LABEL : `In its words${otherDocument ? ` (${picked.cell.outcome.document.date.slice(0, 4)})` : ''}`;
  return { kind: context ? 'context' : 'own', quote: picked.q.quote.trim(), label, footnote, showNote: footnote !== rowNote };
}

/** "Confidence: high for applicability; low for harm threshold — verify before citing." One sentence per actor. */
export function confidenceNote(cells: readonly BriefCell[]): string {
  const rated = cells.filter(isShown);
  const left = cells.filter((c) => c.kind === 'left_out');
  const leftText = left.length ? ` Left out as below the chosen confidence: ${joinNames(left.map((c) => lowerFirst(DIMENSION_LABELS[c.dimension])))}.` : '';
  if (rated.length === 0) return `No coded value to rate.${leftText}`;
  const levels = new Map<Confidence | 'unrated', DimensionKey[]>();
  for (const c of rated) levels.set(c.confidence ?? 'unrated', [...(levels.get(c.confidence ?? 'unrated') ?? []), c.dimension]);
  const verify = levels.has('low') ? ' — verify before citing' : '';
  const order = ['high', 'medium', 'low', 'unrated'] as const;
  const parts = order.filter((l) => levels.has(l)).map((l) => [l === 'unrated' ? 'not rated' : l, levels.get(l)!] as const);
  const body =
    parts.length === 1 && rated.length > 1
      ? `${parts[0]![0]} for every value shown`
      : parts.map(([level, ds]) => `${level} for ${joinNames(ds.map((d) => lowerFirst(DIMENSION_LABELS[d])))}`).join('; ');
  return `Confidence: ${body}${verify}.${leftText}`;
}

/**
 * The row, with its notes asked for in reading order (applicability, then the columns, then the quote), so the note
 * numbers rise down the page as Word numbers its footnotes. A document is cited once per row — with the locator of
 * the row's quote when the quote comes from it — and a cell prints its note only when it rests on another document
 * than the applicability value.
 */
export function buildRow(a: BriefingActorInput, cells: Map<DimensionKey, ResolvedCell>, columns: readonly DimensionKey[], cite: Cite): BriefRow {
  const app = cells.get('applicability')!;
  const shownColumns = columns.map((d) => cells.get(d)!);
  const picked = pickQuote(a, [app, ...shownColumns].filter(isShown));
  const citeCell = (c: Shown) => cite(citationOf(a, c.outcome, picked?.cell.outcome.document.id === c.outcome.document.id ? picked.q : undefined));
  const rowNote = isShown(app) ? citeCell(app) : null;
  const strip = ({ outcome: _outcome, ...c }: ResolvedCell): BriefCell => c;
  const applicability: BriefCell = { ...strip(app), footnote: rowNote, showNote: rowNote !== null };
  const columnCells = shownColumns.map((c): BriefCell => {
    if (!isShown(c)) return strip(c);
    const n = citeCell(c);
    return { ...strip(c), footnote: n, showNote: n !== rowNote };
  });
  return {
    slug: a.slug,
    name: a.name,
    isBloc: a.isBloc,
    applicability,
    cells: columnCells,
    quote: quoteOf(picked, app, picked ? citeCell(picked.cell) : null, rowNote),
    confidenceNote: confidenceNote([applicability, ...columnCells]),
  };
}
