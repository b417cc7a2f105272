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

/** An actor's page, optionally scrolled to one of its documents or to a section. */
export function actorHref(slug: string, at?: { document?: string; section?: string }): string {
  const target = at?.document ? documentAnchorId(at.document) : at?.section;
  return `/actors/${seg(slug)}${target ? `#${seg(target)}` : ''}`;
}

export const actorDiffHref = (slug: string, pair?: { from: string; to: string }) =>
  `/actors/${seg(slug)}/diff${pair ? toQuery({ from: pair.from, to: pair.to }) : ''}`;

export const compareHref = (query: Query = '') => `/compare${query}`;

/** /compare with a few parameters set and everything else at its default (links from other pages). */
export const compareWith = (params: Partial<Record<'asOf' | 'group' | 'kind' | 'region' | 'value' | 'actors', string | null>>) => compareHref(toQuery(params));

export const evidenceHref = (p: { actor: string; dim: DimensionKey; asOf: string }) =>
  `/compare/evidence${toQuery({ actor: p.actor, dim: p.dim, asOf: p.asOf })}`;

export const dimensionHref = (key: DimensionKey, query: Query = '') => `/dimensions/${seg(key)}${query}`;

export const timelineHref = (query: Query = '') => `/timeline${query}`;

export const changesHref = (query: Query = '') => `/changes${query}`;
export const changesFeedHref = (query: Query = '') => `/changes.atom${query}`;

export const briefingHref = (query: Query = '') => `/briefing${query}`;

/** API twins of the pages: the same query plus `format`. */
export function apiHref(path: 'compare' | 'briefing' | `dimensions/${DimensionKey}`, query: Query, format: string): string {
  return `/api/v1/${path}${query ? `${query}&` : '?'}format=${seg(format)}`;
}

// The editorial desk.
export const signInHref = (returnTo: string) => `/sign-in${toQuery({ next: returnTo })}`;
export const reviewHref = (proposalId: number | string, flags: Record<string, string> = {}) => `/editor/review/${seg(String(proposalId))}${toQuery(flags)}`;
export const proposeCorrectionHref = (codingId: number | string) => `/editor/propose/correction${toQuery({ coding: String(codingId) })}`;
export const proposeDocumentHref = (actorSlug?: string) => `/editor/propose/document${toQuery({ actor: actorSlug })}`;
export const proposeCodingHref = (p: { document: string; actor: string; dimension: string }) =>
  `/editor/propose/coding${toQuery({ document: p.document, actor: p.actor, dimension: p.dimension })}`;
export const editorUsersHref = (msg?: string) => `/editor/users${toQuery({ msg })}`;
