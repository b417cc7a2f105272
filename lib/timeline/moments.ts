/**
 * Which multilateral moments the timeline lists and draws. They are numbered from the earliest in the data; by default
 * only the latest MOMENT_LIMIT are shown (more dashed lines than that make the chart unreadable, and the page's cost
 * would grow with every report ever tracked), with a link to the whole list (`moments=all`).
 */
export const MOMENT_LIMIT = 20;

export type MomentWindow<T> = { shown: T[]; first: number; total: number };

/** The latest `limit` moments (every one when `limit` is null), and the number of the first shown. */
export function latestMoments<T>(moments: readonly T[], limit: number | null): MomentWindow<T> {
  const start = limit === null ? 0 : Math.max(0, moments.length - limit);
  return { shown: moments.slice(start), first: start + 1, total: moments.length };
}
