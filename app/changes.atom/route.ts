import { Feed } from 'feed';
import { listActors } from '@/db/queries/actors';
import { changeItemId, listChanges } from '@/db/queries/changes';
import { describeChange } from '@/lib/change-text';
import { parseChangesParams } from '@/lib/changes-params';

export const dynamic = 'force-dynamic';

/** Atom 1.0 feed of /changes (optionally ?actor=): stable entry ids, links to the actor's document. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const origin = url.origin;
  const actors = await listActors();
  const { params } = parseChangesParams(Object.fromEntries(url.searchParams), new Set(actors.map((a) => a.slug)));
  const items = (await listChanges(params)).slice(0, 200);
  const updated = items[0] ? new Date(`${items[0].document.effective}T00:00:00Z`) : new Date(0);
  const feed = new Feed({
    id: `urn:cdd-tracker:changes${params.actor ? `:${params.actor}` : ''}`,
    title: `Cyber due diligence positions — changes${params.actor ? ` (${actors.find((a) => a.slug === params.actor)?.name})` : ''}`,
    link: `${origin}/changes${params.actor ? `?actor=${params.actor}` : ''}`,
    feedLinks: { atom: url.toString() },
    updated,
    copyright: 'Quotes are the actors’ own words; summaries are the tracker’s.',
    generator: false,
  });
  for (const i of items) {
    const title = i.kind === 'document' ? `${i.actor.name}: new document — ${i.document.title}` : `${i.actor.name}: ${describeChange(i.dimension, i.from, i.to)}`;
    feed.addItem({
      id: changeItemId(i),
      title,
      link: `${origin}/actors/${i.actor.slug}#doc-${i.document.slug}`,
      date: new Date(`${i.document.effective}T00:00:00Z`),
      description: `${i.document.title} (${i.document.date})`,
    });
  }
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
