import Link from 'next/link';
import { compareQuery, type CompareParams, type SortKey } from '@/lib/url/compare-params';
import type { MatrixRow } from '@/lib/compare/compare-rows';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import { coverageText, type Coverage } from '@/lib/domain/coverage';
import { ACTOR_KIND_LABELS } from '@/lib/domain/vocabulary';
import { MatrixCell } from './matrix-cell';
import styles from './compare.module.css';
import { actorHref, compareHref } from '@/lib/url/hrefs';

function SortHeader({ params, sortKey, label, note }: { params: CompareParams; sortKey: SortKey; label: string; note?: string }) {
  const active = params.sort.key === sortKey;
  const nextDesc = active ? !params.sort.desc : false;
  const href = compareHref(compareQuery(params, { sort: `${nextDesc ? '-' : ''}${sortKey}`, cell: null }));
  return (
    <th scope="col" aria-sort={active ? (params.sort.desc ? 'descending' : 'ascending') : 'none'}>
      <Link href={href} className={styles.sortLink}>
        {label}
        <span aria-hidden="true">{active ? (params.sort.desc ? ' ▼' : ' ▲') : ' ⇅'}</span>
        <span className="visually-hidden">
          {active ? ` (sorted ${params.sort.desc ? 'descending' : 'ascending'}; activate to reverse)` : ' (activate to sort)'}
        </span>
      </Link>
      {note && <div className={`muted ${styles.coverage}`}>{note}</div>}
    </th>
  );
}

/** `coverage`: per dimension, "coded for N of M States" as of the view's date (shown under each column heading). */
export function CompareMatrix({ rows, params, coverage }: { rows: MatrixRow[]; params: CompareParams; coverage?: Record<string, Coverage> }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Comparison matrix (scrolls both ways)">
      <table className={styles.matrix}>
        <caption className="visually-hidden">
          Positions as of {params.asOf}: {rows.length} actors by {params.dims.length} dimensions. Each cell links to its evidence.
        </caption>
        <thead>
          <tr>
            <SortHeader params={params} sortKey="name" label="Actor" />
            {params.dims.map((d) => (
              <SortHeader key={d} params={params} sortKey={d} label={DIMENSION_LABELS[d]} note={coverage?.[d] ? coverageText(coverage[d]) : undefined} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.actor.slug} className={r.isBloc ? styles.blocRow : undefined}>
              <th scope="row">
                <Link href={actorHref(r.actor.slug)}>{r.actor.name}</Link>
                <div className="muted" style={{ fontSize: '0.8rem', fontWeight: 400 }}>
                  {r.isBloc ? 'Bloc — its members follow' : ACTOR_KIND_LABELS[r.actor.kind]}
                </div>
              </th>
              {r.cells.map((c) => {
                const cell = `${r.actor.slug}:${c.dimension}`;
                const selected = params.cell?.actor === r.actor.slug && params.cell.dimension === c.dimension;
                return (
                  <MatrixCell
                    key={c.dimension}
                    cell={c}
                    actorName={r.actor.name}
                    selected={selected}
                    minConfidence={params.minConfidence}
                    href={`${compareHref(compareQuery(params, { cell }))}#evidence`}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
