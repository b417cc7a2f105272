import Link from 'next/link';
import { OutcomeLabel } from '@/components/positions/outcome-label';
import { QuoteBlock } from '@/components/positions/quote-block';
import { SourceLinks } from '@/components/positions/source-links';
import type { DimensionGroup } from '@/db/queries/dimension-view';
import type { DimensionKey } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { ACTOR_KIND_LABELS, NON_STATE_AUTHORITY_KINDS } from '@/lib/domain/vocabulary';
import { actorHref, evidenceHref } from '@/lib/url/hrefs';
import { stateCountText } from '@/lib/domain/state-counts';

/** Actors grouped by their outcome, each with the words it rests on, side by side. */
export function DimensionGroups({ dimension, groups, asOf }: { dimension: DimensionKey; groups: DimensionGroup[]; asOf: string }) {
  return (
    <>
      {groups
        .filter((g) => g.rows.length > 0)
        .map((g) => (
          <section key={g.key} aria-labelledby={`group-${g.key}`}>
            <h2 id={`group-${g.key}`} className={`outcome-${g.kind}`}>
              {g.label} <span className="muted">({stateCountText(g)})</span>
            </h2>
            <table className="phone-cards" data-group={g.key}>
              <caption className="visually-hidden">Actors whose position is {g.label}, with their evidence</caption>
              <thead>
                <tr>
                  <th scope="col">Actor</th>
                  <th scope="col">Position</th>
                  <th scope="col">In their words</th>
                  <th scope="col">Document</th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => {
                  const c = r.cells[0]!;
                  const e = c.evidence;
                  const expert = NON_STATE_AUTHORITY_KINDS.includes(r.actor.kind);
                  return (
                    <tr key={r.actor.slug}>
                      <th scope="row">
                        <Link href={actorHref(r.actor.slug)}>{r.actor.name}</Link>
                        {expert && <span className="tag"> {ACTOR_KIND_LABELS[r.actor.kind]} — not a State position</span>}
                      </th>
                      <td data-label="Position">
                        <Link href={evidenceHref({ actor: r.actor.slug, dim: dimension, asOf })} aria-label={`Evidence for ${r.actor.name}`}>
                          <OutcomeLabel dimension={dimension} outcome={c.outcome} />
                        </Link>
                      </td>
                      <td data-label="In their words">
                        {e && e.quotes.length > 0 ? (
                          e.quotes.map((q) => <QuoteBlock key={q.quote} quote={q.quote} locator={q.locator} role={q.role} sourceUrl={e.document.url} />)
                        ) : e?.freeText ? (
                          <p>&ldquo;{e.freeText}&rdquo;</p>
                        ) : (
                          <span className="muted">{e ? 'No quote recorded' : '—'}</span>
                        )}
                      </td>
                      <td data-label="Document">
                        {e ? (
                          <>
                            {e.document.title} ({formatPartialDate(e.document.date)}){' '}
                            <SourceLinks url={e.document.url} archiveUrl={e.document.archiveUrl} title={e.document.title} />
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ))}
    </>
  );
}
