import Link from 'next/link';
import type { ActorDetail } from '@/db/queries/actors';
import { formatPartialDate } from '@/lib/domain/dates';
import { ACTOR_KIND_LABELS } from '@/lib/domain/vocabulary';
import { actorHref } from '@/lib/url/hrefs';

type Group = { slug: string; name: string; fromDate: string; toDate: string | null };

export function ActorHeader({ actor, groups, documentCount }: { actor: ActorDetail; groups: Group[]; documentCount: number }) {
  return (
    <header>
      <h1>{actor.name}</h1>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{ACTOR_KIND_LABELS[actor.kind]}</dd>
        {actor.iso3 && (
          <>
            <dt>ISO 3166 code</dt>
            <dd>{actor.iso3}</dd>
          </>
        )}
        {actor.region && (
          <>
            <dt>Region</dt>
            <dd>
              {actor.region}
              {actor.subregion ? ` (${actor.subregion})` : ''}
            </dd>
          </>
        )}
        {actor.unRegionalGroup && (
          <>
            <dt>UN regional group</dt>
            <dd>{actor.unRegionalGroup}</dd>
          </>
        )}
        {groups.length > 0 && (
          <>
            <dt>Member of</dt>
            <dd>
              {groups.map((g, i) => (
                <span key={g.slug}>
                  {i > 0 && '; '}
                  <Link href={actorHref(g.slug)}>{g.name}</Link> (since {formatPartialDate(g.fromDate)}
                  {g.toDate ? `, until ${formatPartialDate(g.toDate)}` : ''})
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Documents tracked</dt>
        <dd>{documentCount}</dd>
      </dl>
    </header>
  );
}
