import { compareQuery, type CompareParams, type SortKey } from '@/lib/url/compare-params';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { coverageText, notCodedText, type Coverage } from '@/lib/domain/coverage';
import { formatPartialDate } from '@/lib/domain/dates';
import { compareHref, compareWith } from '@/lib/url/hrefs';
import styles from './matrix.module.css';

function SortHeader({ params, sortKey, label }: { params: CompareParams; sortKey: SortKey; label: string }) {
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
    </th>
  );
}

/**
 * Coverage said up front, under each column heading: "coded for 5 of 70 States with a document", and a link to the
 * States not yet coded on it. A row of its own, so each cell holds one link (the grid's keyboard model).
 */
function CoverageCell({ dimension, coverage, asOf, compact }: { dimension: DimensionKey; coverage?: Coverage; asOf: string; compact: boolean }) {
  if (!coverage) return <td />;
  const notCoded = notCodedText(coverage);
  const link = notCoded && <a href={compareWith({ value: `${dimension}:not_coded`, asOf })}>{notCoded}</a>;
  return (
    <td data-dimension={dimension} data-coded={coverage.coded} data-with-document={coverage.coded + coverage.notCoded}>
      {compact ? (
        // One short line, so every row still fits the screen; the words are read out in full (the link is in full view).
        <>
          <span aria-hidden="true">{`${coverage.coded}/${coverage.coded + coverage.notCoded}`}</span>
          <span className="visually-hidden">{coverageText(coverage)}</span>
        </>
      ) : (
        <>
          <span>{coverageText(coverage)}</span> {link}
        </>
      )}
    </td>
  );
}

/** The matrix's head: a sticky row of sort links, then the coverage of each column as of the view's date. */
export function MatrixHead({ params, dims, coverage }: { params: CompareParams; dims: readonly DimensionKey[]; coverage?: Record<string, Coverage> }) {
  const compact = params.view === 'compact';
  return (
    <thead>
      <tr className={styles.labelRow}>
        <SortHeader params={params} sortKey="name" label="Actor" />
        {dims.map((d) => (
          <SortHeader key={d} params={params} sortKey={d} label={DIMENSION_LABELS[d]} />
        ))}
      </tr>
      {coverage && (
        <tr className={styles.coverageRow}>
          <th scope="row">{compact ? 'Coded' : `Coverage of States on ${formatPartialDate(params.asOf)}`}</th>
          {dims.map((d) => (
            <CoverageCell key={d} dimension={d} coverage={coverage[d]} asOf={params.asOf} compact={compact} />
          ))}
        </tr>
      )}
    </thead>
  );
}
