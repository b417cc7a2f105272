/**
 * An actor with more documents than a page (ten dated copies of every document of the real seed, as the benchmark's
 * documents axis builds them): its page shows one page of document cards, the newest by default, while the compact
 * "document by document" list stays complete, and every link to a document of the actor (`/actors/x#doc-…`, as the
 * changes feed and search write them) still lands on something on the default page: the card, or the list entry that
 * links to the card's page. Rendered with the real components from the real loader on a real SQLite database.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActorTimelineSection } from '@/components/timeline/actor-timeline-section';
import { DocumentCard } from '@/components/positions/document-card';
import { DOCUMENT_PAGER_WORDS, Pager } from '@/components/ui/pager';
import { ACTOR_DOCUMENT_PAGE_SIZE, cardPlaces } from '@/lib/documents/actor-document-pages';
import { toTimelineEntries } from '@/lib/timeline/actor-timeline';
import { actorHref, documentAnchorId } from '@/lib/url/hrefs';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { scaleDocuments } from '@/scripts/bench-data';
import { loadActorView } from '@/server/views/actor';
import { seedTestDb } from '../helpers/db';

const COPIES = 10;
beforeAll(() => seedTestDb(scaleDocuments(readSeedDir(DEFAULT_SEED_DIR), COPIES)));

async function denmark(sp: Record<string, string> = {}) {
  const view = await loadActorView('denmark', sp);
  if (!view) throw new Error('no denmark');
  return view;
}

/** What the actor page renders above and in its documents section, as HTML. */
function render(view: Awaited<ReturnType<typeof denmark>>): string {
  const cardOf = cardPlaces(view.documentPage, (page, slug) => actorHref('denmark', { page, asOf: view.asOfParam, document: slug }));
  return renderToStaticMarkup(
    <>
      <ActorTimelineSection entries={toTimelineEntries(view.events)} cardOf={cardOf} />
      <Pager
        page={view.documentPage.info}
        hrefOf={(page) => actorHref('denmark', { page, asOf: view.asOfParam })}
        position="top"
        words={DOCUMENT_PAGER_WORDS}
      />
      {view.documentPage.shown.map((d) => (
        <DocumentCard key={d.id} doc={d} />
      ))}
    </>,
  );
}

describe('an actor page with more documents than a page', () => {
  it('opens on the newest documents, and its pages together hold every document once, oldest first', async () => {
    const view = await denmark();
    const total = view.docs.length;
    expect(total).toBeGreaterThan(ACTOR_DOCUMENT_PAGE_SIZE);
    const pages = Math.ceil(total / ACTOR_DOCUMENT_PAGE_SIZE);
    expect(view.documentPage.info).toMatchObject({ page: pages, pages, total });
    expect(view.documentPage.shown.map((d) => d.slug)).toEqual(view.docs.slice((pages - 1) * ACTOR_DOCUMENT_PAGE_SIZE).map((d) => d.slug));
    const all: string[] = [];
    for (let n = 1; n <= pages; n++) all.push(...(await denmark({ page: String(n) })).documentPage.shown.map((d) => d.slug));
    expect(all).toEqual(view.docs.map((d) => d.slug));
  });

  it('gives every document of the actor exactly one anchor on the default page: its card, or its entry in the complete list', async () => {
    const view = await denmark();
    const html = render(view);
    const shown = new Set(view.documentPage.shown.map((d) => d.slug));
    for (const d of view.docs) {
      const anchor = `id="${documentAnchorId(d.slug)}"`;
      expect(html.split(anchor).length - 1, d.slug).toBe(1);
      if (shown.has(d.slug)) {
        expect(html).toContain(`<article class="doc" ${anchor}`);
      } else {
        // The list entry holds the anchor and links to the card on its own page.
        const page = view.documentPage.pageOf(d.slug);
        expect(html).toContain(`<li data-slug="${d.slug}" ${anchor}><a href="/actors/denmark?page=${page}#${documentAnchorId(d.slug)}">`);
      }
    }
    expect(html.match(/<li data-slug=/g)).toHaveLength(view.docs.length);
  });

  it('links the neighbouring pages, keeping the as-of date of the bloc members', async () => {
    const view = await denmark({ page: '1', asOf: '2024-05-01' });
    const html = render(view);
    expect(html).toContain(`Documents 1–${ACTOR_DOCUMENT_PAGE_SIZE} of ${view.docs.length}`);
    expect(html).toContain(`<a href="/actors/denmark?asOf=2024-05-01&amp;page=2" rel="next">Later`);
    expect(html).not.toContain('rel="prev"');
    // On page 1, the newest documents are the ones linked away.
    const newest = view.docs.at(-1)!.slug;
    expect(html).toContain(`href="/actors/denmark?asOf=2024-05-01&amp;page=${view.documentPage.info.pages}#${documentAnchorId(newest)}"`);
  });

  it('does not repeat an as-of date that fell back to today in its links', async () => {
    const view = await denmark({ page: '1', asOf: 'soon' });
    expect(view.asOfParam).toBeNull();
    expect(render(view)).toContain('<a href="/actors/denmark?page=2" rel="next">');
  });

  it('answers a bad page with the newest documents and says so', async () => {
    const view = await denmark({ page: 'last' });
    expect(view.documentPage.info.page).toBe(view.documentPage.info.pages);
    expect(view.documentPage.notices).toEqual(['Unknown page "last" ignored; showing the newest documents.']);
  });
});
