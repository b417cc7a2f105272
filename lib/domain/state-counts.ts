/**
 * One way to count, on every page (issue 19 item 8): the States, each by its as-of outcome on one dimension as of the
 * date the page shows, in codebook order, with the three kinds of "no value" kept apart and the names behind every
 * number. Organisations, multilateral and expert bodies are never counted with the States: a caller may list them,
 * but the figure a reader compares from page to page is always "how many States". "No document tracked" means no
 * document in effect on that date (a State whose first document is later counts there too), so a past date says how
 * many States had none then. Pure: callers pass the actors with their outcomes (any scope: all States, a region).
 */
import type { Outcome } from '@/lib/domain/as-of';
import { isFreeTextDimension, type DimensionKey } from '@/lib/domain/codebook';
import { countByOutcome, outcomeKey, type OutcomeCount } from '@/lib/domain/tally';
import { plural } from '@/lib/domain/plural';
import type { ActorKind } from '@/lib/domain/vocabulary';

export type CountedActor = { slug: string; name: string; kind: ActorKind; outcome: Outcome };
export type NamedActor = { slug: string; name: string };

/** One outcome's count of States and who they are (by name). */
export type StateCount = OutcomeCount & { names: NamedActor[] };

export type StateCounts = {
  dimension: DimensionKey;
  asOf: string;
  /** States counted (every State passed in). */
  total: number;
  rows: StateCount[];
};

// One collator for every sort (what `localeCompare(b, 'en')` builds on each call): the coverage line counts 193 States per
// dimension on every render.
const collator = new Intl.Collator('en');
const byName = (a: NamedActor, b: NamedActor) => collator.compare(a.name, b.name);

/** Counts the States among `actors` by their outcome on `dimension` as of `asOf` (the outcomes must be as of that day). */
export function countStates(dimension: DimensionKey, asOf: string, actors: readonly CountedActor[]): StateCounts {
  const states = actors.filter((a) => a.kind === 'state');
  const names = new Map<string, NamedActor[]>();
  for (const s of states) {
    const key = outcomeKey(s.outcome);
    const list = names.get(key);
    if (list) list.push({ slug: s.slug, name: s.name });
    else names.set(key, [{ slug: s.slug, name: s.name }]);
  }
  // A free-text dimension (remedies) has no values: its statements form one row of their own.
  const freeText: OutcomeCount[] = isFreeTextDimension(dimension) ? [{ key: 'free_text', label: 'Stated (free text)', count: 0, kind: 'value' }] : [];
  const rows = [...freeText, ...countByOutcome(dimension, [])].map((c) => {
    const list = (names.get(c.key) ?? []).sort(byName);
    return { ...c, count: list.length, names: list };
  });
  return { dimension, asOf, total: states.length, rows };
}

/** The row of one outcome key (a value, `silent`, `not_coded`, `no_document`); a zero row for a key never seen. */
export function countOf(counts: StateCounts, key: string): StateCount {
  return counts.rows.find((r) => r.key === key) ?? { key, label: key, count: 0, kind: 'value', names: [] };
}

/** States with a document in effect on the date (every outcome but "no document tracked"). */
export function statesWithDocument(counts: StateCounts): number {
  return counts.total - countOf(counts, 'no_document').count;
}

/**
 * "23 States", "23 States (also 1 other actor listed, not counted)": a figure is always of States; organisations and
 * bodies listed beside them are named as such, never added in.
 */
export function stateCountText(g: { count: number; otherActors?: number }): string {
  const others = g.otherActors ? ` (also ${plural(g.otherActors, 'other actor')} listed, not counted)` : '';
  return `${plural(g.count, 'State')}${others}`;
}
