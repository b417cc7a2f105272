import { compareQuery, type CompareParams, type SortKey } from '@/lib/compare-params';
import type { MatrixRow } from '@/lib/compare-rows';
import { DIMENSION_LABELS } from '@/lib/codebook';
import { ACTOR_KIND_LABELS } from '@/lib/domain';
import { MatrixCell } from './matrix-cell';
import { MatrixKeyboard } from './matrix-keyboard';
import { MatrixLegend } from './matrix-legend';
import { MatrixViewToggle } from './matrix-view-toggle';
import styles from './compare.module.css';

export const MATRIX_ID = 'compare-matrix';

function SortHeader({ params, sortKey, label }: { params: CompareParams; sortKey: SortKey; label: string }) {
  const active = params.sort.key === sortKey;
  const nextDesc = active ? !params.sort.desc : false;
  const href = `/compare${compareQuery(params, { sort: `${nextDesc ? '-' : ''}${sortKey}`, cell: null })}`;
  return (
    <th scope="col" aria-sort={active ? (params.sort.desc ? 'descending' : 'ascending') : 'none'}>
      <a href={href} className={styles.sortLink}>
        {label}
        <span aria-hidden="true">{active ? (params.sort.desc ? ' ▼' : ' ▲') : ' ⇅'}</span>
        <span className="visually-hidden">{active ? ` (sorted ${params.sort.desc ? 'descending' : 'ascending'}; activate to reverse)` : ' (activate to sort)'}</span>
      </a>
    </th>
  );
}

/** On narrow screens each row becomes a card; its cells are labelled by their column through one small stylesheet. */
function cardLabels(dims: CompareParams['dims']): string {
  const rules = dims.map((d, i) => `.${styles.matrix} td:nth-child(${i + 2})::before{content:${JSON.stringify(`${DIMENSION_LABELS[d]}: `)}}`);
  return `@media (max-width:40rem){${rules.join('')}}`;
}

export function CompareMatrix({ rows, params }: { rows: MatrixRow[]; params: CompareParams }) {
  const compact = params.view === 'compact';
  // The kind under each name only helps when kinds are mixed (the default view is States only).
  const mixedKinds = new Set(rows.filter((r) => !r.isBloc).map((r) => r.actor.kind)).size > 1;
  return (
    <>
      <MatrixViewToggle params={params} />
      <MatrixLegend dims={params.dims} compact={compact} />
      <div className={`table-scroll ${styles.scroll} ${compact ? `${styles.compactScroll} matrix-compact` : ''}`} role="region" aria-label="Comparison matrix">
        <style>{cardLabels(params.dims)}</style>
        <table id={MATRIX_ID} className={`${styles.matrix} ${compact ? styles.compact : ''}`}>
          <caption className="visually-hidden">
            Positions as of {params.asOf}: {rows.length} actor{rows.length === 1 ? '' : 's'} by {params.dims.length} dimension{params.dims.length === 1 ? '' : 's'}.
            Each cell links to its evidence; arrow keys move between cells.
          </caption>
          <thead>
            <tr>
              <SortHeader params={params} sortKey="name" label="Actor" />
              {params.dims.map((d) => (
                <SortHeader key={d} params={params} sortKey={d} label={DIMENSION_LABELS[d]} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.actor.slug} className={r.isBloc ? styles.blocRow : undefined}>
                <th scope="row">
                  <a href={`/actors/${r.actor.slug}`}>{r.actor.name}</a>
                  {r.isBloc ? <span className={styles.kind}> (bloc; its members follow)</span> : mixedKinds && !compact && <span className={styles.kind}>{ACTOR_KIND_LABELS[r.actor.kind]}</span>}
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
                      href={`/compare${compareQuery(params, { cell: `${r.actor.slug}:${c.dimension}` })}#evidence`}
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
