import { cellQueryBuilder, type CompareParams } from '@/lib/url/compare-params';
import type { MatrixRow } from '@/lib/compare/compare-rows';
import { MATRIX_ID } from '@/lib/compare/matrix-ids';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import type { Coverage } from '@/lib/domain/coverage';
import { plural } from '@/lib/domain/plural';
import { ACTOR_KIND_LABELS } from '@/lib/domain/vocabulary';
import { MatrixCell } from './matrix-cell';
import { MatrixHead } from './matrix-head';
import { MatrixKeyboard } from './matrix-keyboard';
import styles from './matrix.module.css';
import { actorHref, compareHref } from '@/lib/url/hrefs';

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
 * column stick. Every cell is a plain link (MatrixCell); one keyboard controller makes it a WAI-ARIA grid.
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
        <tbody>
          {rows.map((r) => (
            <tr key={r.actor.slug} className={r.isBloc ? styles.blocRow : undefined}>
              <th scope="row">
                <a href={actorHref(r.actor.slug)}>{r.actor.name}</a>
                {r.isBloc ? (
                  <span className={styles.kind}> (the bloc&apos;s own position; its members follow)</span>
                ) : (
                  mixedKinds && !compact && <span className={styles.kind}>{ACTOR_KIND_LABELS[r.actor.kind]}</span>
                )}
              </th>
              {r.cells.map((c) => (
                <MatrixCell
                  key={c.dimension}
                  cell={c}
                  compact={compact}
                  selected={params.cell?.actor === r.actor.slug && params.cell.dimension === c.dimension}
                  minConfidence={params.minConfidence}
                  href={`${compareHref(cellQuery(r.actor.slug, c.dimension))}#evidence`}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <MatrixKeyboard gridId={MATRIX_ID} />
    </section>
  );
}
