/**
 * As-of classes: which as-of dates must show the same positions.
 *
 * Every as-of view compares its date only with dates stored in the data — a document's effective date (the as-of
 * rule, lib/domain/as-of.ts), a group membership's first and last day (db/queries/scope.ts) — and with today (the
 * default date). Two dates that fall strictly between the same two neighbouring boundaries therefore select the same
 * documents, codings and members, and a page of one differs from the page of the other only where it writes the date
 * itself. The page cache uses this to answer a new date of a known class without a render
 * (server/cache/as-of-template.ts). A boundary date is a class of its own and is never shared (`<` and `<=` differ
 * there), and a superset of the boundaries only makes classes narrower, never wrong.
 */

/** The sorted, distinct boundaries: `dates` (any order, repeats and partial dates allowed) and `today`. */
export function asOfBoundaries(dates: Iterable<string>, today: string): string[] {
  return [...new Set([...dates, today])].sort();
}

/**
 * The class of `date` among sorted `boundaries`: the neighbours it lies strictly between (`''` past either end), or
 * null when `date` is a boundary itself.
 */
export function asOfClass(date: string, boundaries: readonly string[]): string | null {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (boundaries[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  if (boundaries[lo] === date) return null;
  return `${boundaries[lo - 1] ?? ''}..${boundaries[lo] ?? ''}`;
}
