/**
 * Pages of an actor's documents on its page (/actors/[slug]). Pure. An actor with more documents than a page shows one
 * page of document cards at a time, oldest first within the page, and by default the page of its newest documents:
 * the latest statements are what a reader comes for, and what the changes feed and search link to. The size is
 * chosen so that every actor of today's record (at most 8 documents) is a single page: paging only appears when the
 * record grows past it. The compact indexes above the cards (document by document, the diff picker) stay complete
 * and link to the page of each card.
 */
import { paginate, parsePageNumber, type PageInfo } from '@/lib/compare/paging';
import { documentAnchorId } from '@/lib/url/hrefs';

/** Document cards per page of an actor's page. */
export const ACTOR_DOCUMENT_PAGE_SIZE = 10;

export type ActorDocumentPage<T> = {
  info: PageInfo;
  /** The documents whose cards this page shows. */
  shown: T[];
  notices: string[];
  /** The page (1 = the oldest documents) that shows the card of a document, or null when it is not the actor's. */
  pageOf: (slug: string) => number | null;
};

/** The page `rawPage` asks for (`?page=`), or the newest page when none is named; a bad page reads as the newest, with a notice. */
export function actorDocumentPage<T extends { slug: string }>(
  docs: readonly T[],
  rawPage: string | undefined,
  pageSize = ACTOR_DOCUMENT_PAGE_SIZE,
): ActorDocumentPage<T> {
  const pages = Math.max(1, Math.ceil(docs.length / pageSize));
  const parsed = parsePageNumber(rawPage);
  const bad = parsed.notices.length > 0;
  const { info, notices } = paginate(docs.length, { page: rawPage === undefined || bad ? pages : parsed.value, pageSize });
  const index = new Map(docs.map((d, i) => [d.slug, i]));
  return {
    info,
    shown: docs.slice(info.start, info.end),
    notices: bad ? [`Unknown page "${rawPage}" ignored; showing the newest documents.`] : notices,
    pageOf: (slug) => {
      const i = index.get(slug);
      return i === undefined ? null : Math.floor(i / pageSize) + 1;
    },
  };
}

/** Where a document's card is: on this page (`href` is its anchor), or on another page of the actor's documents. */
export type CardPlace = { onThisPage: boolean; href: string };

/**
 * Where each document's card is, for links from the compact indexes above the cards. `hrefOfCard` writes the address
 * of a card on another page (the actor's URL with that page and the card's anchor).
 */
export function cardPlaces(page: ActorDocumentPage<unknown>, hrefOfCard: (page: number, slug: string) => string): (slug: string) => CardPlace {
  return (slug) => {
    const on = page.pageOf(slug);
    // A document without a card of this actor (none today) keeps the plain anchor, as before paging.
    return on === null || on === page.info.page ? { onThisPage: true, href: `#${documentAnchorId(slug)}` } : { onThisPage: false, href: hrefOfCard(on, slug) };
  };
}
