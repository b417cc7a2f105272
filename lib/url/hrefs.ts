/**
 * Every in-app address, built in one place. Path segments and fragments are percent-encoded and query strings go
 * through the views' nuqs serialiser (`toQuery`), so a slug or date with an unexpected character can never break a
 * link, and renaming a route is one edit here. A view's own filter state is serialised by its URL definition
 * (compareQuery, dimensionQuery, …); pass that string as `query`.
 */
import type { DimensionKey } from '@/lib/domain/codebook';
import { toQuery } from './search-params';

const seg = encodeURIComponent;
/** A query from `toQuery` / a view's serialiser: '' or '?…'. */
type Query = string;

export const actorsHref = (query: Query = '') => `/actors${query}`;

/** The id an actor page gives a document card (the target of `actorHref(slug, { document })`). */
export const documentAnchorId = (documentSlug: string) => `doc-${documentSlug}`;

/**
 * An actor's page, optionally scrolled to one of its documents or to a section; `page` names a page of its documents
 * (lib/documents/actor-document-pages.ts) and `asOf` the day its bloc members are shown on.
 */
export function actorHref(slug: string, at?: { document?: string; section?: string; page?: number; asOf?: string | null }): string {
  const target = at?.document ? documentAnchorId(at.document) : at?.section;
  const query = toQuery({ asOf: at?.asOf ?? null, page: at?.page === undefined ? null : String(at.page) });
  return `/actors/${seg(slug)}${query}${target ? `#${seg(target)}` : ''}`;
}

export const actorDiffHref = (slug: string, pair?: { from: string; to: string }) =>
  `/actors/${seg(slug)}/diff${pair ? toQuery({ from: pair.from, to: pair.to }) : ''}`;

export const compareHref = (query: Query = '') => `/compare${query}`;

/** /compare with a few parameters set and everything else at its default (links from other pages). */
export const compareWith = (params: Partial<Record<'asOf' | 'group' | 'kind' | 'region' | 'value' | 'actors', string | null>>) => compareHref(toQuery(params));

/** The matrix at two dates side by side (its query from lib/url/then-and-now-params.ts). */
export const thenAndNowHref = (query: Query = '') => `/compare/then-and-now${query}`;

/** Then and now with a few parameters set and the rest at their defaults (links from /compare, /timeline, /changes). */
export const thenAndNowWith = (params: Partial<Record<'actors' | 'kind' | 'region' | 'group' | 'then' | 'now', string | readonly string[] | null>>) =>
  thenAndNowHref(toQuery(params));

export const evidenceHref = (p: { actor: string; dim: DimensionKey; asOf: string }) =>
  `/compare/evidence${toQuery({ actor: p.actor, dim: p.dim, asOf: p.asOf })}`;

export const dimensionHref = (key: DimensionKey, query: Query = '') => `/dimensions/${seg(key)}${query}`;

export const timelineHref = (query: Query = '') => `/timeline${query}`;

export const changesHref = (query: Query = '') => `/changes${query}`;
export const changesFeedHref = (query: Query = '') => `/changes.atom${query}`;

export const briefingHref = (query: Query = '') => `/briefing${query}`;

/** /search; `textOnly` searches the words even when they name an actor (which otherwise leads to its page). */
export const searchHref = (q: string, textOnly = false) => `/search${toQuery({ q, text: textOnly ? 'only' : null })}`;

/** The world map; `query` carries `dim`, `asOf` and the chosen `actors`. */
export const mapHref = (query: Query = '') => `/map${query}`;

/** API twins of the pages: the same query plus `format`. */
export function apiHref(path: 'compare' | 'briefing' | 'evidence' | `dimensions/${DimensionKey}`, query: Query, format: string): string {
  return `/api/v1/${path}${query ? `${query}&` : '?'}format=${seg(format)}`;
}

// The editorial desk (routes under /desk; its old address /editor/* redirects there).
export const signInHref = (returnTo: string) => `/sign-in${toQuery({ next: returnTo })}`;
export const deskHref = () => '/desk';
/** A desk page from its path segments and a raw query ('' or '?…'): the target of the /editor redirect. */
export const deskPathHref = (segments: readonly string[], query: Query = '') => `/desk${segments.map((s) => `/${seg(s)}`).join('')}${query}`;
export const deskReviewQueueHref = () => '/desk/review';
export const deskUsersHref = () => '/desk/users';
/** The verification queue; `query` from lib/url/desk-params.ts (kind, actor, dimension, page). */
export const deskVerifyHref = (query: Query = '') => `/desk/verify${query}`;
/** The audit log; `query` from lib/url/desk-params.ts (entity, action, page). */
export const deskAuditHref = (query: Query = '') => `/desk/audit${query}`;
export const reviewHref = (proposalId: number | string, flags: Record<string, string> = {}) => `/desk/review/${seg(String(proposalId))}${toQuery(flags)}`;
export const proposeCorrectionHref = (codingId: number | string) => `/desk/propose/correction${toQuery({ coding: String(codingId) })}`;
export const proposeDocumentHref = (actorSlug?: string) => `/desk/propose/document${toQuery({ actor: actorSlug })}`;
/** Code a tracked document: one dimension at a time; without `dimension` the form offers the ones not yet coded. */
export const proposeCodingHref = (p: { document: string; actor: string; dimension?: string | null }) =>
  `/desk/propose/coding${toQuery({ document: p.document, actor: p.actor, dimension: p.dimension })}`;

// Stored sources (issue 21): the reading view of a document's source, and its file.
/** The stored source of a document, read in context; `query` from `sourceQuery` (lib/url/source-params.ts). */
export const sourceHref = (documentSlug: string, query: Query = '') => `/sources/${seg(documentSlug)}${query}`;
/** The same, scrolled to the highlighted quote. */
export const sourceQuoteHref = (documentSlug: string, query: Query) => `${sourceHref(documentSlug, query)}#quote`;
export const sourceFileHref = (documentSlug: string) => `/sources/${seg(documentSlug)}/file`;
/** "Attach the source file" of a tracked document (a proposal a reviewer approves). */
export const proposeSourceHref = (documentSlug: string) => `/desk/propose/source${toQuery({ document: documentSlug })}`;
/** Correct a document's record (title, date, authors, …) or, at `#withdraw`, withdraw it, from one of its authors' pages. */
export const proposeDocumentCorrectionHref = (p: { document: string; actor: string }, section?: 'withdraw') =>
  `/desk/propose/document-correction${toQuery({ document: p.document, actor: p.actor })}${section ? `#${section}` : ''}`;
