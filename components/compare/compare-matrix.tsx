import { cellQueryBuilder, compareQuery, type CompareParams, type SortKey } from '@/lib/url/compare-params';
import type { MatrixRow } from '@/lib/compare/compare-rows';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import { coverageText, type Coverage } from '@/lib/domain/coverage';
import { plural } from '@/lib/domain/plural';
import { ACTOR_KIND_LABELS } from '@/lib/domain/vocabulary';
import { MatrixCell } from './matrix-cell';
import { MatrixKeyboard } from './matrix-keyboard';
import { MatrixLegend } from './matrix-legend';
import { MatrixViewToggle } from './matrix-view-toggle';
import styles from './compare.module.css';
import { actorHref, compareHref } from '@/lib/url/hrefs';

export const MATRIX_ID = 'compare-matrix';

function SortHeader({ params, sortKey, label, coverage }: { params: CompareParams; sortKey: SortKey; label: string; coverage?: Coverage }) {
  const active = params.sort.key === sortKey;
  const nextDesc = active ? !params.sort.desc : false;
  const href = compareHref(compareQuery(params, { sort: `${nextDesc ? '-' : ''}${sortKey}`, cell: null }));
  return (
    <th scope="col" aria-sort={active ? (params.sort.desc ? 'descending' : 'ascending') : 'none'}>
      <a href={href} className={styles.sortLink}>
        {label}
        <span aria-hidden="true">{active ? (params.sort.desc ? ' ▼' : ' ▲') : ' ⇅'}</span>
        <span className="visually-hidden">
          {active ? ` (sorted ${params.sort.desc ? 'descending' : 'ascending'}; activate to reverse)` : ' (activate to sort)'}
        </span>
      </a>
      {coverage &&
        (params.view === 'compact' ? (
          // One short line in the compact header, so every row still fits the screen; the words are read out in full.
          <div className={`muted ${styles.coverage}`}>
            <span aria-hidden="true">
              {coverage.coded}/{coverage.total}
            </span>
            <span className="visually-hidden">{coverageText(coverage)}</span>
          </div>
        ) : (
          <div className={`muted ${styles.coverage}`}>{coverageText(coverage)}</div>
        ))}
    </th>
  );
}

/** On narrow screens each row becomes a card; its cells are labelled by their column through one small stylesheet. */
function cardLabels(dims: CompareParams['dims']): string {
  const rules = dims.map((d, i) => `.${styles.matrix} td:nth-child(${i + 2})::before{content:${JSON.stringify(`${DIMENSION_LABELS[d]}: `)}}`);
  return `@media (max-width:40rem){${rules.join('')}}`;
}

/**
 * `coverage`: per dimension, "coded for N of M States" as of the view's date (shown under each column heading).
 * `nonce`: the response's CSP nonce (proxy.ts), which the card labels' style element needs.
 */
export function CompareMatrix({
  rows,
  params,
  coverage,
  nonce,
}: {
  rows: MatrixRow[];
  params: CompareParams;
  coverage?: Record<string, Coverage>;
  nonce?: string;
}) {
  const compact = params.view === 'compact';
  // The kind under each name only helps when kinds are mixed (the default view is States only).
  const mixedKinds = new Set(rows.filter((r) => !r.isBloc).map((r) => r.actor.kind)).size > 1;
  const cellQuery = cellQueryBuilder(params);
  return (
    <>
      <MatrixViewToggle params={params} />
      <MatrixLegend dims={params.dims} compact={compact} />
      <div className={`table-scroll ${styles.scroll} ${compact ? `${styles.compactScroll} matrix-compact` : ''}`} role="region" aria-label="Comparison matrix">
        <style nonce={nonce}>{cardLabels(params.dims)}</style>
        <table id={MATRIX_ID} className={`${styles.matrix} ${compact ? styles.compact : ''}`}>
          <caption className="visually-hidden">
            Positions as of {params.asOf}: {plural(rows.length, 'actor')} by {plural(params.dims.length, 'dimension')}. Each cell links to its evidence; arrow
            keys move between cells.
          </caption>
          <thead>
            <tr>
              <SortHeader params={params} sortKey="name" label="Actor" />
              {params.dims.map((d) => (
                <SortHeader key={d} params={params} sortKey={d} label={DIMENSION_LABELS[d]} coverage={coverage?.[d]} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.actor.slug} className={r.isBloc ? styles.blocRow : undefined}>
                <th scope="row">
                  <a href={actorHref(r.actor.slug)}>{r.actor.name}</a>
                  {r.isBloc ? (
                    <span className={styles.kind}> (bloc; its members follow)</span>
                  ) : (
                    mixedKinds && !compact && <span className={styles.kind}>{ACTOR_KIND_LABELS[r.actor.kind]}</span>
                  )}
                </th>
                {r.cells.map((c) => {
                  const selected = params.cell?.actor === r.actor.slug && params.cell.dimension === c.dimension;
                  return (
                    <MatrixCell
                      key={c.dimension}
                      cell={c}
                      compact={compact}
                      selected={selected}
                      minConfidence={params.minConfidence}
                      href={`${compareHref(cellQuery(r.actor.slug, c.dimension))}#evidence`}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MatrixKeyboard gridId={MATRIX_ID} />
    </>
  );
}
