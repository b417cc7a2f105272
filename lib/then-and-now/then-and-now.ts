/**
 * The matrix at two dates side by side (issue 19 item 5). A cell is changed when its as-of outcome on the later date
 * differs from the one on the earlier date (lib/domain/as-of.ts): another value, another kind of "no value", or, on a
 * free-text dimension, other words. Intermediate moves that came back are not changes (the view compares two dates,
 * /changes lists every step). Pure.
 */
import { isCoded, type Outcome } from '@/lib/domain/as-of';
import { isFreeTextDimension, type DimensionKey } from '@/lib/domain/codebook';
import { outcomeKey } from '@/lib/domain/tally';
import type { ActorKind } from '@/lib/domain/vocabulary';

/**
 * `position`: a coded value or silence on at least one side (a change of what the actor said); `record`: both sides
 * are gaps of different kinds (a document arrived, not yet coded), a change of what the tracker holds.
 */
export type CellChange = 'none' | 'position' | 'record';

export type ThenNowCell = { dimension: DimensionKey; then: Outcome; now: Outcome; change: CellChange };
export type ThenNowActor = { slug: string; name: string; kind: ActorKind };
export type ThenNowRow = { actor: ThenNowActor; cells: ThenNowCell[]; changed: number };

/** The same as-of outcome: same key, and on a free-text dimension the same words. */
export function sameOutcome(dimension: DimensionKey, a: Outcome, b: Outcome): boolean {
  if (outcomeKey(a) !== outcomeKey(b)) return false;
  if (isFreeTextDimension(dimension) && a.kind === 'value' && b.kind === 'value') return a.coding.freeText === b.coding.freeText;
  return true;
}

export function cellChange(dimension: DimensionKey, then: Outcome, now: Outcome): CellChange {
  if (sameOutcome(dimension, then, now)) return 'none';
  return isCoded(then) || isCoded(now) ? 'position' : 'record';
}

type Positions = { actor: ThenNowActor; outcomes: Record<string, Outcome> };

/** One row per actor of `now` (in its order), each cell both sides; `then` rows are matched by slug. */
export function thenAndNowRows(then: readonly Positions[], now: readonly Positions[], dims: readonly DimensionKey[]): ThenNowRow[] {
  const before = new Map(then.map((r) => [r.actor.slug, r.outcomes]));
  const none: Outcome = { kind: 'no_document' };
  return now.map((r) => {
    const cells = dims.map((dimension) => {
      const a = before.get(r.actor.slug)?.[dimension] ?? none;
      const b = r.outcomes[dimension] ?? none;
      return { dimension, then: a, now: b, change: cellChange(dimension, a, b) };
    });
    return { actor: r.actor, cells, changed: cells.filter((c) => c.change !== 'none').length };
  });
}

/** Dimensions with a coded outcome (value or silence) for at least one row on either date, in the order given. */
export function codedDimensions(then: readonly Positions[], now: readonly Positions[], dims: readonly DimensionKey[]): DimensionKey[] {
  const rows = [...then, ...now];
  return dims.filter((d) => rows.some((r) => r.outcomes[d] !== undefined && isCoded(r.outcomes[d]!)));
}

/** The day after an ISO day: changes "since" a date are those that take effect after it. */
export function dayAfter(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
