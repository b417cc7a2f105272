import Link from 'next/link';
import type { DuplicateMatch, DuplicateReason } from '@/lib/desk/duplicates';
import { formatPartialDate } from '@/lib/domain/dates';
import { actorHref } from '@/lib/url/hrefs';

const REASONS: Record<DuplicateReason, string> = {
  same_address: 'the same address',
  same_actor_date_title: 'the same actor and date, and a similar title',
};

/** "This may be a document we already track", with a link to each match and why it matched. */
export function DuplicateWarning({ matches, id, stage }: { matches: readonly DuplicateMatch[]; id: string; stage: 'preview' | 'pending' }) {
  if (matches.length === 0) return null;
  return (
    <section className="notice" aria-labelledby={`${id}-duplicates`}>
      <h3 id={`${id}-duplicates`}>Possible duplicate of a document we already track</h3>
      <ul>
        {matches.map((m) => (
          <li key={m.slug}>
            <Link href={actorHref(m.actor.slug, { document: m.slug })}>
              “{m.title}” ({formatPartialDate(m.date)}), {m.actor.name}
            </Link>
            : {m.reasons.map((r) => REASONS[r]).join('; ')}.
          </li>
        ))}
      </ul>
      <p>
        {stage === 'preview'
          ? 'Open it before submitting: a document we track is coded or corrected from its page, not proposed again. If it is a different document, say so in the reason.'
          : 'Compare them before approving: approving needs your confirmation below that this is a different document.'}
      </p>
    </section>
  );
}
