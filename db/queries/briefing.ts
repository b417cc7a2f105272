import 'server-only';
import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { documents } from '@/db/schema';
import type { AsOfCoding } from '@/lib/domain/as-of';
import type { BriefingDocument, BriefingInput } from '@/lib/briefing/model';
import type { BriefingParams } from '@/lib/url/briefing-params';
import type { CodingEvidence } from '@/lib/domain/evidence';
import { getActorBySlug, listGroups } from './actors';
import { listCodingEvidence } from './evidence';
import { getDatasetMeta } from './meta';
import { listActorEvidence, type PositionDocument } from './positions';
import { listActorSlugs, listActorsInScope } from './scope';

export async function getBriefingVocabulary() {
  const [actorSlugs, groups] = await Promise.all([listActorSlugs(), listGroups()]);
  return { actorSlugs, groups: groups.map((g) => g.slug), groupOptions: groups };
}

/**
 * Actors in pack order: a chosen group first — the bloc itself, then its members on the as-of date, by name — then
 * the other chosen actors in the order they were chosen (a bloc chosen as an actor is its own position: one row).
 * An actor chosen and also a member appears once, among the members.
 */
async function packOrder(p: BriefingParams): Promise<{ id: number; isBloc: boolean }[]> {
  const bloc = p.group ? await getActorBySlug(p.group) : null;
  const members = p.group ? await listActorsInScope({ group: p.group }, p.asOf) : [];
  const rank = new Map(p.actors.map((slug, i) => [slug, i]));
  const chosen = p.actors.length ? (await listActorsInScope({ slugs: p.actors }, p.asOf)).sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!) : [];
  const out: { id: number; isBloc: boolean }[] = [];
  const seen = new Set<number>();
  for (const [id, isBloc] of [...(bloc ? [[bloc.id, true] as const] : []), ...[...members, ...chosen].map((a) => [a.id, false] as const)]) {
    if (!seen.has(id)) out.push({ id, isBloc });
    seen.add(id);
  }
  return out;
}

/** Citation data for each document: its URL (or archived copy) and the locator and confidence of its first coding. */
function documentsWithCitations(
  docs: PositionDocument[],
  codings: AsOfCoding[],
  evidence: Map<number, CodingEvidence>,
  urls: Map<number, { url: string | null; archiveUrl: string | null }>,
): BriefingDocument[] {
  return docs.map((d) => {
    // Applicability first: it is the coding every document has when it is coded at all.
    const own = codings
      .filter((c) => c.documentId === d.id)
      .sort((a, b) => Number(b.dimension === 'applicability') - Number(a.dimension === 'applicability'))[0];
    const link = urls.get(d.id);
    return {
      id: d.id,
      slug: d.slug,
      date: d.date,
      effective: d.effective,
      type: d.type as BriefingDocument['type'],
      citation: {
        title: d.title,
        date: d.date,
        locator: own ? (evidence.get(own.id)?.quotes[0]?.locator ?? null) : null,
        quoteRole: own ? (evidence.get(own.id)?.quotes[0]?.role ?? null) : null,
        url: link?.url ?? link?.archiveUrl ?? null,
        archived: !link?.url && Boolean(link?.archiveUrl),
        confidence: own?.confidence ?? null,
      },
    };
  });
}

/** Everything the briefing model needs, read through the as-of engine's queries: a fixed number whatever the size. */
export async function getBriefingInput(p: BriefingParams, generatedOn: string): Promise<BriefingInput> {
  const order = await packOrder(p);
  const actorEvidence = await listActorEvidence(order.map((o) => o.id));
  const byId = new Map(actorEvidence.map((e) => [e.actor.id, e]));
  const evidence = await listCodingEvidence(actorEvidence.flatMap((e) => e.codings.map((c) => c.id)));
  const docIds = [...new Set(actorEvidence.flatMap((e) => e.documents.map((d) => d.id)))];
  const urls = new Map(
    docIds.length
      ? db
          .select({ id: documents.id, url: documents.url, archiveUrl: documents.archiveUrl })
          .from(documents)
          .where(inArray(documents.id, docIds))
          .all()
          .map((d) => [d.id, d] as const)
      : [],
  );
  const meta = await getDatasetMeta();
  return {
    title: p.title,
    purpose: p.purpose,
    generatedOn,
    asOf: p.asOf,
    datasetVersion: meta.datasetVersion,
    datasetDate: meta.convertedOn,
    dims: p.dims,
    actors: order.map(({ id, isBloc }) => {
      const e = byId.get(id)!;
      return {
        slug: e.actor.slug,
        name: e.actor.name,
        isBloc,
        documents: documentsWithCitations(e.documents, e.codings, evidence, urls),
        codings: e.codings,
        evidence: new Map(e.codings.flatMap((c) => (evidence.has(c.id) ? [[c.id, evidence.get(c.id)!] as const] : []))),
      };
    }),
  };
}
