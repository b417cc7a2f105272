import Link from 'next/link';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import { plural } from '@/lib/domain/plural';
import type { NamedActor, StateCount, StateCounts } from '@/lib/domain/state-counts';
import { actorHref, compareWith } from '@/lib/url/hrefs';

/** Above this many names a row folds its list into a disclosure (the 150-odd States with no document). */
const FOLD_AFTER = 40;

function Names({ names, label }: { names: NamedActor[]; label: string }) {
  if (names.length === 0) return <span className="muted">—</span>;
  const list = (
    <ul className="name-list">
      {names.map((n) => (
        <li key={n.slug}>
          <Link href={actorHref(n.slug)}>{n.name}</Link>
        </li>
      ))}
    </ul>
  );
  if (names.length <= FOLD_AFTER) return list;
  return (
    <details>
      <summary>
        Show the {names.length} States<span className="visually-hidden">: {label}</span>
      </summary>
      {list}
    </details>
  );
}

function Position({ row, dimension, asOf }: { row: StateCount; dimension: StateCounts['dimension']; asOf: string | null }) {
  // Values lead to the matrix of the States holding them; the gaps have no matrix of their own.
  if (row.kind !== 'value') return <>{row.label}</>;
  return <Link href={compareWith({ value: `${dimension}:${row.key}`, asOf })}>{row.label}</Link>;
}

/**
 * The States by their outcome on one dimension as of a date, with the names behind every count
 * (lib/domain/state-counts.ts: the one way every page counts). Cards on a phone.
 */
export function StateCountTable({ counts, today }: { counts: StateCounts; today: string }) {
  const label = DIMENSION_LABELS[counts.dimension].toLowerCase();
  return (
    <table id={`state-counts-${counts.dimension}`} className="phone-cards" data-total={counts.total}>
      <caption>
        {plural(counts.total, 'State')} by their {label} value as of {counts.asOf} (the as-of rule: latest coded document; a later silence does not erase a
        stated view)
      </caption>
      <thead>
        <tr>
          <th scope="col">Position</th>
          <th scope="col">States</th>
          <th scope="col">Which States</th>
        </tr>
      </thead>
      <tbody>
        {counts.rows.map((r) => (
          <tr key={r.key} data-key={r.key} data-count={r.count}>
            <th scope="row" className={`outcome-${r.kind}`}>
              <Position row={r} dimension={counts.dimension} asOf={counts.asOf === today ? null : counts.asOf} />
            </th>
            <td data-label="States">{r.count}</td>
            <td data-label="Which States">
              <Names names={r.names} label={r.label} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
