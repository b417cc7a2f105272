import Link from 'next/link';
import type { DimensionKey } from '@/lib/domain/codebook';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import type { CellChange, ThenNowRow } from '@/lib/then-and-now/then-and-now';
import { actorHref } from '@/lib/url/hrefs';
import { ThenNowOutcome } from './then-now-outcome';
import styles from './then-and-now.module.css';

/** How a changed cell is marked: a symbol and words, the tint only helps. */
export const CHANGE_MARKS: Record<Exclude<CellChange, 'none'>, { symbol: string; text: string }> = {
  position: { symbol: '◆', text: 'Changed' },
  record: { symbol: '◇', text: 'New document, not yet coded' },
};

type Props = { rows: ThenNowRow[]; dims: DimensionKey[]; then: string; now: string; nowLabel: string };

/**
 * The matrix at two dates: for each dimension a "then" and a "now" column side by side; a changed pair is marked in
 * the "now" cell by symbol and words (CHANGE_MARKS) and tinted. Cards on a phone, each cell labelled.
 */
export function ThenAndNowTable({ rows, dims, then, now, nowLabel }: Props) {
  return (
    <table id="then-and-now" className={`phone-cards ${styles.table}`}>
      <caption>
        Positions as of {then} and as of {nowLabel}, side by side: {rows.length} actor{rows.length === 1 ? '' : 's'} × {dims.length} dimension
        {dims.length === 1 ? '' : 's'}; a changed cell reads {CHANGE_MARKS.position.symbol} {CHANGE_MARKS.position.text}
      </caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            Actor
          </th>
          {dims.map((d) => (
            <th scope="colgroup" colSpan={2} key={d} className={styles.dimension}>
              {DIMENSION_LABELS[d]}
            </th>
          ))}
        </tr>
        <tr>
          {dims.map((d) => [
            <th scope="col" key={`${d}-then`} className={styles.then}>
              {then}
            </th>,
            <th scope="col" key={`${d}-now`}>
              {nowLabel}
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.actor.slug} data-actor={r.actor.slug} data-changed-cells={r.changed}>
            <th scope="row">
              <Link href={actorHref(r.actor.slug)}>{r.actor.name}</Link>
            </th>
            {r.cells.map((c) => {
              const changed = c.change !== 'none';
              const attrs = {
                'data-dimension': c.dimension,
                'data-changed': String(changed),
                'data-change': c.change,
                className: changed ? styles.changed : undefined,
              };
              return [
                <td key={`${c.dimension}-then`} {...attrs} data-side="then" data-label={`${DIMENSION_LABELS[c.dimension]}, ${then}`}>
                  <ThenNowOutcome actor={r.actor.slug} dimension={c.dimension} outcome={c.then} asOf={then} />
                </td>,
                <td key={`${c.dimension}-now`} {...attrs} data-side="now" data-label={`${DIMENSION_LABELS[c.dimension]}, ${nowLabel}`}>
                  <ThenNowOutcome actor={r.actor.slug} dimension={c.dimension} outcome={c.now} asOf={now} />
                  {c.change !== 'none' && (
                    <strong className={styles.mark}>
                      <span aria-hidden="true">{CHANGE_MARKS[c.change].symbol} </span>
                      {CHANGE_MARKS[c.change].text}
                    </strong>
                  )}
                </td>,
              ];
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
