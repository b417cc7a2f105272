import Link from 'next/link';
import type { DocumentChanges } from '@/db/queries/changes';
import { plural } from '@/lib/domain/plural';
import { actorHref, thenAndNowWith } from '@/lib/url/hrefs';

type Actor = { slug: string; name: string };

/** With actors chosen: each one's documents and changes in the list below, and the way to their positions side by side. */
export function ChosenActors({ chosen, rows }: { chosen: Actor[]; rows: DocumentChanges[] }) {
  return (
    <section aria-labelledby="chosen-actors" id="chosen-actors-summary">
      <h2 id="chosen-actors" className="visually-hidden">
        Actors shown
      </h2>
      <ul>
        {chosen.map((a) => {
          const mine = rows.filter((r) => r.actor.slug === a.slug);
          const changes = mine.reduce((n, r) => n + r.changes.length, 0);
          return (
            <li key={a.slug} data-actor={a.slug}>
              <Link href={actorHref(a.slug)}>{a.name}</Link>: {plural(mine.length, 'document')}, {plural(changes, 'change')} of coded values
            </li>
          );
        })}
      </ul>
      <p>
        <Link href={thenAndNowWith({ actors: chosen.map((a) => a.slug) })}>Then and now: their positions at two dates side by side</Link>
      </p>
    </section>
  );
}
