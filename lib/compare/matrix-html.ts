/**
 * The rows of the /compare matrix as one HTML string: the one definition of a matrix cell. Some 600 cells, each a link
 * with spans, cost a React element apiece three times over on every page-cache miss (the Flight payload, the SSR pass
 * that reads it back, and the HTML), and a large part of the miss's garbage collection (docs/benchmarks.md, "Issue 20,
 * after"). As one string they cost a string: components/compare/compare-matrix.tsx sets it as the table body.
 *
 * The bytes are the ones React wrote for the same cells (tests/db/matrix-html.test.ts renders both), so the page does
 * not change. That gives up React's escaping for these rows, so everything goes through lib/html/safe-html.ts: the
 * `markup` template escapes every value exactly as React would, and `appHref` refuses any link that is not in-app (as
 * React refuses `javascript:`).
 */
import type { MatrixCell, MatrixRow } from '@/lib/compare/compare-rows';
import { outcomeMark } from '@/lib/compare/matrix-marks';
import { isCoded } from '@/lib/domain/as-of';
import type { DimensionKey } from '@/lib/domain/codebook';
import { BACKING_MARKS, quoteBacking, type QuoteBacking } from '@/lib/domain/evidence-strength';
import { laterPoliticalNote, laterSilenceNote, outcomeLabel, pendingNote } from '@/lib/domain/outcome-text';
import { ACTOR_KIND_LABELS, CONFIDENCE_LABELS, type Confidence } from '@/lib/domain/vocabulary';
import { appHref, markup, type SafeHtml } from '@/lib/html/safe-html';
import { actorHref } from '@/lib/url/hrefs';

/** The stylesheets' class names (CSS modules: matrix.module.css for rows, matrix-cell.module.css for cells). */
export type MatrixClasses = Record<
  | 'blocRow'
  | 'kind'
  | 'masked'
  | 'year'
  | 'note'
  | 'noteMark'
  | 'kHigh'
  | 'kMedium'
  | 'kLow'
  | 'bOwn'
  | 'bContext'
  | 'bNone'
  | 'o_value'
  | 'o_silent'
  | 'o_not_coded'
  | 'o_no_document',
  string | undefined
>;

export type MatrixHtmlOptions = {
  compact: boolean;
  minConfidence: Confidence | null;
  /** The open cell (`cell=`), marked aria-current. */
  selected: { actor: string; dimension: DimensionKey } | null;
  /** The kind under each name, when the rows mix kinds. */
  showKinds: boolean;
  /** A cell's link (to its evidence), from lib/url/hrefs.ts. */
  cellHref: (actor: string, dimension: DimensionKey) => string;
  classes: MatrixClasses;
};

const BLOC_NOTE = " (the bloc's own position; its members follow)";
// React separates adjacent text nodes with an empty comment; written here too, so the bytes stay React's.
const TEXT_SEPARATOR = markup`<!-- -->`;

const CURRENT = markup` aria-current="true"`;

/** What every cell of one render shares, worked out once per matrix rather than once per cell. */
type CellContext = MatrixHtmlOptions & {
  confidenceClass: Record<Confidence, string | undefined>;
  backingClass: Record<QuoteBacking, string | undefined>;
  /** "Below high confidence" (withheld by the `minConfidence` filter), before the year. */
  below: string;
};

function cellContext(o: MatrixHtmlOptions): CellContext {
  const c = o.classes;
  return {
    ...o,
    confidenceClass: { high: c.kHigh, medium: c.kMedium, low: c.kLow },
    backingClass: { own_words: c.bOwn, context_only: c.bContext, no_quote: c.bNone },
    below: `Below ${CONFIDENCE_LABELS[o.minConfidence ?? 'high'].toLowerCase()}`,
  };
}

/** The notes of an outcome (a later document pending coding, a later silence or political statement), if any. */
function notesOf(out: MatrixCell['outcome']): string | null {
  const notes = [pendingNote(out), laterSilenceNote(out), laterPoliticalNote(out)].filter((n): n is string => n !== null);
  return notes.length > 0 ? notes.join('; ') : null;
}

/**
 * One cell: a plain link to its evidence (the drawer opens it without a page load; without script the link loads the
 * page with the drawer open). Only what differs per cell is in the markup: the outcome kind, value, confidence and
 * quote backing are classes, their marks and words come from the stylesheet and the one legend, and the row and
 * column headers name the cell for assistive technology.
 */
function cellHtml(cell: MatrixCell, href: string, selected: boolean, o: CellContext): SafeHtml {
  const c = o.classes;
  const out = cell.outcome;
  const coded = isCoded(out);
  const mark = outcomeMark(cell.dimension, out);
  const notes = notesOf(out);
  const backing: QuoteBacking | null = coded ? quoteBacking(cell.evidence?.quotes ?? []) : null;
  const withheld = cell.belowMinConfidence || cell.notOwnWords;
  let cls = `${c[`o_${out.kind}`] ?? ''} value-${mark.styleKey}`.trimStart();
  if (coded && !withheld) {
    const k = o.confidenceClass[out.coding.confidence ?? 'low'];
    const b = backing ? o.backingClass[backing] : undefined;
    if (k) cls += ` ${k}`;
    if (b) cls += ` ${b}`;
  }
  const year = coded ? ` (${out.document.date.slice(0, 4)})` : '';
  const body = withheld
    ? markup`<span class="${c.masked}">${cell.belowMinConfidence ? `${o.below}${year}` : `Withheld: ${BACKING_MARKS[backing ?? 'no_quote'].short}${year}`}</span>`
    : markup`<span aria-hidden="true">${`${mark.symbol} `}</span>${o.compact ? mark.short : outcomeLabel(cell.dimension, out)}${
        coded && !o.compact ? markup`<span class="${c.year}">${year}</span>` : null
      }`;
  const noteMark =
    o.compact && notes
      ? markup`<span class="${c.noteMark}"><span aria-hidden="true">*</span><span class="visually-hidden">; ${TEXT_SEPARATOR}${notes}</span></span>`
      : null;
  const note = !o.compact && notes ? markup`<span class="${c.note}">${notes}</span>` : null;
  return markup`<td class="${cls}"${selected ? CURRENT : null}><a href="${appHref(href)}">${body}${noteMark}</a>${note}</td>`;
}

/** One cell on its own (the same definition as in the rows). */
export function matrixCellHtml(cell: MatrixCell, href: string, selected: boolean, o: MatrixHtmlOptions): SafeHtml {
  return cellHtml(cell, href, selected, cellContext(o));
}

/** Every row: the actor's name (a link to its page; a bloc says so), then one cell per dimension shown. */
export function matrixRowsHtml(rows: readonly MatrixRow[], options: MatrixHtmlOptions): SafeHtml {
  const o = cellContext(options);
  const c = o.classes;
  return markup`${rows.map((r) => {
    const kind = r.isBloc
      ? markup`<span class="${c.kind}">${BLOC_NOTE}</span>`
      : o.showKinds && !o.compact
        ? markup`<span class="${c.kind}">${ACTOR_KIND_LABELS[r.actor.kind]}</span>`
        : null;
    const cells = r.cells.map((cell) =>
      cellHtml(cell, o.cellHref(r.actor.slug, cell.dimension), o.selected?.actor === r.actor.slug && o.selected.dimension === cell.dimension, o),
    );
    const rowClass = r.isBloc && c.blocRow ? markup` class="${c.blocRow}"` : null;
    return markup`<tr${rowClass}><th scope="row"><a href="${appHref(actorHref(r.actor.slug))}">${r.actor.name}</a>${kind}</th>${cells}</tr>`;
  })}`;
}
