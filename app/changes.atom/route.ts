import { Feed } from 'feed';
import { listActors } from '@/db/queries/actors';
import { listChanges } from '@/db/queries/changes';
import { listCodingCorrections } from '@/db/queries/corrections';
import { correctionEntryId, correctionTitle } from '@/lib/corrections';
import { getDatasetMeta } from '@/db/queries/meta';
import { changeEntryContent, changeEntryId, changeEntryPath, changeEntryTitle, htmlText } from '@/lib/changes-feed';
import { changesQuery, parseChangesParams } from '@/lib/changes-params';

export const dynamic = 'force-dynamic';

/** Newest entries in the feed; older ones stay on /changes. */
const FEED_SIZE = 200;

/** Atom 1.0 feed of /changes (same `actor`, `from`, `to`, `show` parameters): stable entry ids, links to the document. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const origin = url.origin;
  const actors = await listActors();
  const { params } = parseChangesParams(Object.fromEntries(url.searchParams), new Set(actors.map((a) => a.slug)));
  const items = (await listChanges(params)).slice(0, FEED_SIZE);
  const meta = await getDatasetMeta();
  const actorName = params.actor ? actors.find((a) => a.slug === params.actor)?.name : null;
  const newest = items[0]?.document.effective ?? meta.convertedOn ?? '1970-01-01';
  const query = changesQuery({ ...params, page: 1 });
  const feed = new Feed({
    id: `urn:cdd-tracker:changes${params.actor ? `:${params.actor}` : ''}`,
    title: `Cyber due diligence positions — changes${actorName ? ` (${actorName})` : ''}`,
    description: 'Every new document and every change of a coded value, newest first, dated by the day the document takes effect.',
    link: `${origin}/changes${query}`,
    feedLinks: { atom: `${origin}/changes.atom${query}` },
    author: { name: 'Cyber Due Diligence Positions Tracker', link: `${origin}/` },
    updated: new Date(`${newest}T00:00:00Z`),
    copyright: 'Quotes are the actors’ own words; summaries are the tracker’s.',
    generator: false,
  });
  for (const i of items) {
    feed.addItem({
      id: changeEntryId(i),
      title: htmlText(changeEntryTitle(i)),
      link: `${origin}${changeEntryPath(i)}`,
      date: new Date(`${i.document.effective}T00:00:00Z`),
      content: changeEntryContent(i, origin),
    });
  }
  // Corrections of our coding are entries of their own, dated when we made them, with the earlier value and the reason.
  for (const c of (await listCodingCorrections(params)).slice(0, FEED_SIZE)) {
    const link = `${origin}/actors/${c.actorSlug}#doc-${c.documentSlug}`;
    feed.addItem({
      id: correctionEntryId(c),
      title: htmlText(correctionTitle(c)),
      link,
      date: new Date(c.at),
      content: `<p>${htmlText(correctionTitle(c))}</p><p>Reason: ${htmlText(c.reason ?? 'no reason recorded')}</p><p>Document: <a href="${htmlText(link)}">${htmlText(c.documentTitle)}</a></p>`,
    });
  }
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
