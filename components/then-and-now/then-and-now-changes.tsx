import { describeChange } from '@/lib/changes/change-text';
import type { ThenNowRow } from '@/lib/then-and-now/then-and-now';

/** The table's changes in words, actor by actor: what a reader copies into a note (and what prints in one column). */
export function ThenAndNowChanges({ rows, then, nowLabel }: { rows: ThenNowRow[]; then: string; nowLabel: string }) {
  const changed = rows.filter((r) => r.cells.some((c) => c.change === 'position'));
  return (
    <section aria-labelledby="tn-changes">
      <h2 id="tn-changes">
        What changed between {then} and {nowLabel}
      </h2>
      {changed.length === 0 ? (
        <p role="status">No position shown here changed between the two dates.</p>
      ) : (
        <ul id="tn-change-list">
          {changed.map((r) => (
            <li key={r.actor.slug} data-actor={r.actor.slug}>
              <strong>{r.actor.name}</strong>:{' '}
              {r.cells
                .filter((c) => c.change === 'position')
                .map((c) => describeChange(c.dimension, c.then, c.now))
                .join('; ')}
              .
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
