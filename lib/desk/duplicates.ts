/**
 * Is a proposed document one we already track? A match is the same official or archive address, or the same actor
 * with the same date (one date within the other's period: "2019-05" and "2019-05-29") and a similar title. The desk
 * flags each match with a link at preview, after submitting and at review, where the reviewer must confirm it is not
 * a duplicate before approving. Pure: the loader passes the documents to compare with.
 */

export type DocumentKey = {
  slug: string;
  title: string;
  date: string;
  url: string | null;
  archiveUrl: string | null;
  authors: { slug: string; name: string }[];
};
export type ProposedDocument = { title: string; date: string; url: string | null; archiveUrl: string | null; actorSlugs: readonly string[] };

export type DuplicateReason = 'same_address' | 'same_actor_date_title';
export type DuplicateMatch = { slug: string; title: string; date: string; actor: { slug: string; name: string }; reasons: DuplicateReason[] };

/** Titles at least this alike (shared words over all words, after normalising) count as "similar". */
export const SIMILAR_TITLE = 0.6;

/** An address as people mean it: no scheme, no "www.", no fragment, no trailing slash; host in lower case. */
export function addressKey(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${path}${u.search}`;
  } catch {
    return null;
  }
}

const words = (title: string) =>
  new Set(
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  );

/** Shared words over all words of the two titles (Jaccard), 1 when one title's words all appear in the other. */
export function titleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  const shared = [...x].filter((w) => y.has(w)).length;
  if (shared === Math.min(x.size, y.size)) return 1;
  return shared / (x.size + y.size - shared);
}

/** Same date as written, or one within the other's period (a year, a month). */
export const sameDate = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

export function findDuplicates(proposed: ProposedDocument, existing: readonly DocumentKey[]): DuplicateMatch[] {
  const addresses = new Set([proposed.url, proposed.archiveUrl].flatMap((u) => (u ? [addressKey(u)] : [])).filter((k): k is string => k !== null));
  const authors = new Set(proposed.actorSlugs);
  const out: DuplicateMatch[] = [];
  for (const d of existing) {
    const reasons: DuplicateReason[] = [];
    const theirs = [d.url, d.archiveUrl].flatMap((u) => (u ? [addressKey(u)] : []));
    if (theirs.some((k) => k !== null && addresses.has(k))) reasons.push('same_address');
    const sharedAuthor = d.authors.find((a) => authors.has(a.slug));
    if (sharedAuthor && sameDate(proposed.date, d.date) && titleSimilarity(proposed.title, d.title) >= SIMILAR_TITLE) reasons.push('same_actor_date_title');
    if (reasons.length) out.push({ slug: d.slug, title: d.title, date: d.date, actor: sharedAuthor ?? d.authors[0]!, reasons });
  }
  return out;
}
