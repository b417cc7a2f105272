import 'server-only';
import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { documents } from '@/db/schema';
import { resolveActorAsOf } from '@/lib/as-of';
import type { BriefingInput, Citation } from '@/lib/briefing/model';
import type { BriefingParams } from '@/lib/briefing/params';
import type { DocumentType } from '@/lib/domain';
import { getActorBySlug, listGroups } from './actors';
import { listCodingEvidence } from './evidence';
import { getDatasetMeta } from './meta';
import { listActorEvidence } from './positions';
import { listActorSlugs, listActorsInScope } from './scope';

export async function getBriefingVocabulary() {
  const [actorSlugs, groups] = await Promise.all([listActorSlugs(), listGroups()]);
  return { actorSlugs, groups: groups.map((g) => g.slug), groupOptions: groups };
}

/** Actors in pack order: chosen actors by name, then a chosen bloc followed by its members on the as-of date. */
async function actorsOf(p: BriefingParams) {
  const chosen = p.actors.length ? await listActorsInScope({ slugs: p.actors }, p.asOf) : [];
  const bloc = p.group ? await getActorBySlug(p.group) : null;
  const members = p.group ? await listActorsInScope({ group: p.group }, p.asOf) : [];
  const seen = new Set<number>();
  const out: { id: number; isBloc: boolean }[] = [];
  for (const [a, isBloc] of [...chosen.map((a) => [a, false] as const), ...(bloc ? [[bloc, true] as const] : []), ...members.map((a) => [a, false] as const)]) {
    if (!seen.has(a.id)) out.push({ id: a.id, isBloc });
    seen.add(a.id);
  }
  return out;
}

/** Everything the briefing model needs, read through the as-of engine: five queries whatever the pack's size. */
export async function getBriefingInput(p: BriefingParams, generatedOn: string): Promise<BriefingInput> {
  const order = await actorsOf(p);
  const evidence = await listActorEvidence(order.map((o) => o.id));
  const byId = new Map(evidence.map((e) => [e.actor.id, e]));
  const codingEvidence = await listCodingEvidence(evidence.flatMap((e) => e.codings.map((c) => c.id)));
  const docIds = evidence.flatMap((e) => e.documents.map((d) => d.id));
  const docRows = docIds.length
    ? db.select({ id: documents.id, title: documents.title, date: documents.date, url: documents.url, archiveUrl: documents.archiveUrl, type: documents.type }).from(documents).where(inArray(documents.id, docIds)).all()
    : [];
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
      const inEffect = e.documents.filter((d) => d.effective <= p.asOf);
      const codingOf = (docId: number) => e.codings.find((c) => c.documentId === docId);
      const locatorOf = (docId: number) => {
        const c = codingOf(docId);
        return c ? (codingEvidence.get(c.id)?.quotes[0]?.locator ?? null) : null;
      };
      const confidenceOf = (docId: number) => codingOf(docId)?.confidence ?? null;
      const citations = new Map<number, Citation & { type: DocumentType }>(
        docRows
          .filter((d) => e.documents.some((x) => x.id === d.id))
          .map((d) => [d.id, { title: d.title, date: d.date, locator: locatorOf(d.id), url: d.url ?? d.archiveUrl, confidence: confidenceOf(d.id), type: d.type }]),
      );
      return {
        slug: e.actor.slug,
        name: e.actor.name,
        isBloc,
        outcomes: resolveActorAsOf(p.dims, p.asOf, e.documents, e.codings),
        evidence: new Map(e.codings.flatMap((c) => (codingEvidence.has(c.id) ? [[c.id, codingEvidence.get(c.id)!] as const] : []))),
        documents: inEffect,
        codings: e.codings,
        citations,
      };
    }),
  };
}
