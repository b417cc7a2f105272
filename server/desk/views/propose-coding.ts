import 'server-only';
import { getActorBySlug } from '@/db/queries/actors';
import { listActorDocuments } from '@/db/queries/documents';
import { DIMENSION_KEYS, isDimensionKey, type DimensionKey } from '@/lib/domain/codebook';
import { proposeCodingHref } from '@/lib/url/hrefs';
import { param, type SearchParams } from '@/lib/url/search-params';
import { readSourceWorkbench } from '@/server/sources/workbench';
import { deskView } from './load';

/**
 * "Code this document": a tracked document as one of its authors published it, the dimensions still to code (each a
 * proposal of its own), and the current coding of those already coded (to correct instead). `dimension` is optional:
 * without it the form offers the dimensions not yet coded.
 */
export const loadProposeCoding = (sp: SearchParams) => {
  const ref = { document: param(sp, 'document') ?? '', actor: param(sp, 'actor') ?? '', dimension: param(sp, 'dimension') ?? null };
  return deskView(proposeCodingHref(ref), async () => {
    const actor = ref.actor ? await getActorBySlug(ref.actor) : null;
    const document = actor ? ((await listActorDocuments(actor.id)).find((d) => d.slug === ref.document) ?? null) : null;
    if (!actor || !document) return { found: false as const, ref };
    const codingOf = new Map(document.codings.filter((c) => c.value !== null || c.freeText !== null).map((c) => [c.dimension, c.id]));
    const uncoded = DIMENSION_KEYS.filter((d) => !codingOf.has(d));
    const requested: DimensionKey | null = ref.dimension && isDimensionKey(ref.dimension) ? ref.dimension : null;
    return {
      found: true as const,
      ref,
      actor: { slug: actor.slug, name: actor.name },
      document,
      uncoded,
      /** Dimension → id of the current coding, for the dimensions already coded in this document. */
      coded: Object.fromEntries(codingOf) as Partial<Record<DimensionKey, number>>,
      dimension: requested,
      unknownDimension: ref.dimension !== null && requested === null,
      /** The stored source for the reading view beside the form, or null when we hold no copy. */
      source: await readSourceWorkbench(document.slug),
    };
  });
};
