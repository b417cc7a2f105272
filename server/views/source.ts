import 'server-only';
import { listDocumentRevisions } from '@/db/queries/document-revisions';
import { getDocumentSource, getPassageOf, listSourceUnits } from '@/db/queries/sources';
import { searchRanges, segmentText, type MarkRange } from '@/lib/sources/highlight';
import { checkQuote, type QuoteMatch } from '@/lib/sources/quote-match';
import { parseSourceParams, type SourceParams } from '@/lib/url/source-params';
import type { SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const { slug, sp } = JSON.parse(key) as { slug: string; sp: string };
  const { params, notices } = parseSourceParams(fromSearchKey(sp));
  const found = await getDocumentSource(slug);
  if (!found) return null;
  const { document, authors, source } = found;
  const revisions = (await listDocumentRevisions([document.id])).get(document.id) ?? [];
  if (!source) return { document, authors, revisions, source: null, params, notices } as const;

  const units = await listSourceUnits(source.id);
  const passage = params.passage === null ? null : await getPassageOf(document.id, params.passage);
  if (params.passage !== null && !passage) notices.push(`Quote ${params.passage} is not one of this document's quotes; nothing is highlighted.`);
  const match: QuoteMatch | null = passage ? checkQuote(units, passage.quote) : null;

  let seq = params.page ?? match?.seq ?? 1;
  if (seq > units.length) {
    notices.push(`This source has ${units.length} ${source.unitKind}${units.length === 1 ? '' : 's'}; showing the first.`);
    seq = 1;
  }
  const unit = units[seq - 1]!;
  const ranges: MarkRange[] = [
    ...(match?.spans ?? []).filter((s) => s.seq === seq).map((s) => ({ start: s.start, end: s.end, kind: 'quote' as const })),
    ...(params.q ? searchRanges(unit.text, params.q) : []),
  ];
  return {
    document,
    authors,
    revisions,
    source,
    params,
    notices,
    passage,
    match: match && { status: match.status, pages: [...new Set(match.spans.map((s) => s.seq))] },
    unit: { seq: unit.seq, label: unit.label, firstParagraph: unit.firstParagraph, segments: segmentText(unit.text, ranges) },
    unitCount: units.length,
  } as const;
});

/**
 * /sources/[document]: the stored source of a document, one page (or section) at a time, with a quote highlighted
 * (`passage`) or search words marked (`q`); null when the document is unknown, `source: null` when it has no source.
 */
export const loadSourceView = (documentSlug: string, sp: SearchParams) => load(JSON.stringify({ slug: documentSlug, sp: searchKey(sp) }));

export type SourceView = NonNullable<Awaited<ReturnType<typeof loadSourceView>>>;
export type SourceViewWithText = Extract<SourceView, { unit: unknown }>;
export type { SourceParams };
