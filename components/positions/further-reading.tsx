import type { listLiteratureAbout } from '@/db/queries/actors';
import { formatPartialDate } from '@/lib/domain/dates';

type Item = Awaited<ReturnType<typeof listLiteratureAbout>>[number];

/** Scholarship about the actor's position: context, never counted as a position. */
export function FurtherReading({ items }: { items: Item[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="further-reading">
      <h2 id="further-reading">Further reading</h2>
      <p className="muted">Scholarship and expert reports about this actor&apos;s position — not statements of the actor.</p>
      <ul>
        {items.map((l) => (
          <li key={l.slug}>
            {l.url ? (
              <a href={l.url} rel="noopener noreferrer">
                {l.title}
              </a>
            ) : (
              <cite>{l.title}</cite>
            )}
            {l.authors && l.authors.length > 0 && <> — {l.authors.join(', ')}</>}
            {l.institution && <>, {l.institution}</>}
            {l.date && <> ({formatPartialDate(l.date)})</>}
            <p className="notes">{l.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
