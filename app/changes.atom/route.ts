import { Feed } from 'feed';
import { changeEntryContent, changeEntryId, changeEntryPath, changeEntryTitle, htmlText } from '@/lib/changes/changes-feed';
import { changesQuery } from '@/lib/url/changes-params';
import { correctionEntryId, correctionEntryTitle, describeCorrection } from '@/lib/changes/correction-text';
import { describeDocumentCorrection, documentCorrectionEntryId, documentCorrectionEntryTitle } from '@/lib/changes/document-correction-text';
import { formatPartialDate } from '@/lib/domain/dates';
import { listNames } from '@/lib/domain/list-names';
import { searchParamsRecord } from '@/lib/url/search-params-record';
import { actorHref } from '@/lib/url/hrefs';
import { originFor } from '@/server/http/site-origin';
import { loadChangesFeed } from '@/server/views/changes';

export const dynamic = 'force-dynamic';

/** Newest entries in the feed; older ones stay on /changes. */
const FEED_SIZE = 200;

/** Atom 1.0 feed of /changes (same `actor`, `from`, `to`, `show` parameters): stable entry ids, links to the document. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  // Absolute links from SITE_URL (or a trusted request host), never from whatever Host header a client sent.
  const origin = originFor(url.origin);
  const view = await loadChangesFeed(searchParamsRecord(url.searchParams));
  const { params, chosen, meta } = view;
  const items = view.items.slice(0, FEED_SIZE);
  // Corrections of our coding are entries of their own, dated by the day they were recorded; never position changes.
  const corrections = view.corrections.slice(0, FEED_SIZE);
  const documentCorrections = view.documentCorrections.slice(0, FEED_SIZE);
  const actorName = chosen.length ? listNames.join(chosen.map((a) => a.name)) : null;
  const newest = items[0]?.document.effective ?? meta.convertedOn ?? '1970-01-01';
  const query = changesQuery({ ...params, page: 1 });
  const feed = new Feed({
    id: `urn:cdd-tracker:changes${params.actors.length ? `:${params.actors.join(',')}` : ''}`,
    title: `Cyber due diligence positions — changes${actorName ? ` (${actorName})` : ''}`,
    description:
      'Every new document and every change of a coded value, newest first, dated by the day the document takes effect; and, apart from them, every correction of our coding or of our record of a document, dated by the day it was made.',
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
  for (const c of corrections) {
    const link = `${origin}/actors/${c.actor.slug}#doc-${c.document.slug}`;
    feed.addItem({
      id: correctionEntryId(c),
      title: htmlText(correctionEntryTitle(c)),
      link,
      date: new Date(c.createdAt),
      category: [{ name: 'correction', term: 'correction' }],
      content: [
        `<p>Correction of our coding, not a change of ${htmlText(c.actor.name)}’s position. ${htmlText(describeCorrection(c))}.</p>`,
        c.reasonNote ? `<p>${htmlText(c.reasonNote)}</p>` : '',
        `<p>Document: <a href="${htmlText(link)}">${htmlText(c.document.title)}</a> (${htmlText(formatPartialDate(c.document.date))})</p>`,
      ].join(''),
    });
  }
  for (const c of documentCorrections) {
    // A withdrawn document has no card left: the entry links to its first author's page, or to /changes.
    const author = c.authors[0];
    const link = author
      ? `${origin}${actorHref(author.slug, c.kind === 'withdrawal' ? undefined : { document: c.document.slug })}`
      : `${origin}/changes${query}`;
    feed.addItem({
      id: documentCorrectionEntryId(c),
      title: htmlText(documentCorrectionEntryTitle(c)),
      link,
      date: new Date(c.at),
      category: [{ name: 'correction', term: 'correction' }],
      content: [
        `<p>Correction of our record of a document, not a change of position. ${htmlText(describeDocumentCorrection(c))}.</p>`,
        `<p>${htmlText(c.reason)}</p>`,
        `<p>Document: ${htmlText(c.document.title)} (${htmlText(formatPartialDate(c.document.date))})</p>`,
      ].join(''),
    });
  }
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
