/** Atom entries for /changes.atom: stable ids, titles and HTML content, built from change items (pure). */
import type { ChangeItem } from '@/db/queries/changes';
import { describeChange } from '@/lib/changes/change-text';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '@/lib/domain/vocabulary';
import { actorDiffHref, actorHref } from '@/lib/url/hrefs';

/**
 * Stable entry id: the same document or change keeps its id across reloads, re-seeds and corrections, because it is
 * built from slugs (document, actor) and the dimension key, never from row ids.
 */
export function changeEntryId(i: ChangeItem): string {
  return i.kind === 'document'
    ? `urn:cdd-tracker:document:${i.document.slug}:${i.actor.slug}`
    : `urn:cdd-tracker:change:${i.document.slug}:${i.actor.slug}:${i.dimension}`;
}

/** The page an entry points to: the document on its actor's page. */
export function changeEntryPath(i: ChangeItem): string {
  return actorHref(i.actor.slug, { document: i.document.slug });
}

/** The diff between the actor's previous document and this one, if there is a previous one. */
export function diffPath(actorSlug: string, previous: { slug: string } | null, document: { slug: string }): string | null {
  return previous ? actorDiffHref(actorSlug, { from: previous.slug, to: document.slug }) : null;
}

export function changeEntryTitle(i: ChangeItem): string {
  return i.kind === 'document' ? `${i.actor.name}: new document — ${i.document.title}` : `${i.actor.name}: ${describeChange(i.dimension, i.from, i.to)}`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escaped for Atom's type="html" (titles and content are text, never markup of ours or theirs). */
export function htmlText(s: string): string {
  return escapeHtml(s);
}

export function changeEntryContent(i: ChangeItem, origin: string): string {
  const type = DOCUMENT_TYPE_LABELS[i.document.type as DocumentType] ?? i.document.type;
  const lines = [
    i.kind === 'document'
      ? `<p>New document of ${escapeHtml(i.actor.name)}${i.coded ? '' : ' (not yet coded)'}.</p>`
      : `<p>${escapeHtml(describeChange(i.dimension, i.from, i.to))}</p>`,
    `<p>${escapeHtml(type)}, ${escapeHtml(formatPartialDate(i.document.date))}: <a href="${escapeHtml(origin + changeEntryPath(i))}">${escapeHtml(i.document.title)}</a></p>`,
  ];
  const diff = diffPath(i.actor.slug, i.previous, i.document);
  if (diff) lines.push(`<p><a href="${escapeHtml(origin + diff)}">What changed since the previous document</a></p>`);
  return lines.join('');
}
