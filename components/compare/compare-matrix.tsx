import { cellQueryBuilder, type CompareParams } from '@/lib/url/compare-params';
import type { MatrixRow } from '@/lib/compare/compare-rows';
import { MATRIX_ID } from '@/lib/compare/matrix-ids';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import type { Coverage } from '@/lib/domain/coverage';
import { plural } from '@/lib/domain/plural';
import { matrixRowsHtml, type MatrixClasses } from '@/lib/compare/matrix-html';
import { MatrixHead } from './matrix-head';
import { MatrixKeyboard } from './matrix-keyboard';
import styles from './matrix.module.css';
import cellStyles from './matrix-cell.module.css';
import { compareHref } from '@/lib/url/hrefs';

const CLASSES = { ...cellStyles, blocRow: styles.blocRow, kind: styles.kind } as MatrixClasses;

/**
 * On phones the matrix shows one dimension at a time: a radio per dimension (no script, no request) and one small
 * generated stylesheet that shows the column of the checked one. `print`: the page footer of a printout (URL, date,
 * dataset release) in the page's bottom margin, on every page.
 */
function matrixStyles(dims: readonly DimensionKey[], print: string): string {
  const section = `.${styles.matrixSection}`;
  const cols = dims.map((d, i) => `${section}:has(input[value="${d}"]:checked) #${MATRIX_ID} :is(th,td):nth-child(${i + 2}){display:table-cell}`);
  return `@media (max-width:40rem){${section} #${MATRIX_ID} :is(th,td):nth-child(n+2){display:none}${cols.join('')}}@page compare-matrix{@bottom-left{content:${JSON.stringify(print).replace(/</g, '\\3c ')};font-size:7pt;color:#444}}`;
}

type Props = {
  rows: MatrixRow[];
  params: CompareParams;
  /** The columns shown (all chosen dimensions, or only the coded ones with `columns=coded`). */
  dims: DimensionKey[];
  /** Per dimension: "coded for N of M States with a document" as of the view's date. */
  coverage?: Record<string, Coverage>;
  /** The response's CSP nonce (proxy.ts), which the matrix's style element needs. */
  nonce?: string;
  /** The footer of a printout: where it comes from, as of when, which dataset release. */
  printFooter: string;
};

/**
 * The matrix in the page's own flow: no box that scrolls on its own; the page scrolls, and the header row and the actor
 * column stick. Every cell is a plain link; the rows come as one HTML string from the one definition of a cell
 * (lib/compare/matrix-html.ts), so some 600 cells cost no React element each. One keyboard controller makes it a
 * WAI-ARIA grid; the drawer listens on the table.
 */
export function CompareMatrix({ rows, params, dims, coverage, nonce, printFooter }: Props) {
  const compact = params.view === 'compact';
  // The kind under each name only helps when kinds are mixed (the default view is States only).
  const mixedKinds = new Set(rows.filter((r) => !r.isBloc).map((r) => r.actor.kind)).size > 1;
  const cellQuery = cellQueryBuilder(params);
  const phoneDim = params.sort.key !== 'name' && dims.includes(params.sort.key) ? params.sort.key : dims[0];
  return (
    <section className={`${styles.matrixSection}${compact ? ' matrix-compact' : ''}`} aria-label="Comparison matrix">
      <style nonce={nonce}>{matrixStyles(dims, printFooter)}</style>
      {dims.length > 1 && (
        <fieldset className={styles.phoneDims}>
          <legend>Dimension shown</legend>
          {dims.map((d) => (
            <label key={d}>
              <input type="radio" name="phone-dim" value={d} defaultChecked={d === phoneDim} /> {DIMENSION_LABELS[d]}
            </label>
          ))}
        </fieldset>
      )}
      <table id={MATRIX_ID} tabIndex={-1} className={`${styles.matrix} ${compact ? styles.compact : ''}`}>
        <caption className="visually-hidden">
          Positions as of {params.asOf}: {plural(rows.length, 'actor')} by {plural(dims.length, 'dimension')}. Each cell opens its evidence; arrow keys move
          between cells.
        </caption>
        <MatrixHead params={params} dims={dims} coverage={coverage} />
        {/* One string from the one definition of a cell (escaped there): no React element per cell. */}
        <tbody
          dangerouslySetInnerHTML={{
            __html: matrixRowsHtml(rows, {
              compact,
              minConfidence: params.minConfidence,
              selected: params.cell,
              showKinds: mixedKinds,
              cellHref: (actor, dimension) => `${compareHref(cellQuery(actor, dimension))}#evidence`,
              classes: CLASSES,
            }).value,
          }}
        />
      </table>
      <MatrixKeyboard gridId={MATRIX_ID} />
    </section>
  );
}
