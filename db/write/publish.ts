/**
 * Publishing an approved proposal: the payload becomes a record in the planner's shape (lib/dataset/proposal-record.ts),
 * the one planner (lib/dataset/plan.ts) compares it with what the database holds, and the plan is carried out
 * (carry-out.ts) — the same path an import takes. Runs inside the review transaction (db/write/proposals.ts), so the
 * rows, search index, audit rows and data version commit together or not at all.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { actors, codings, documents } from '@/db/schema';
import { planRecord, type RecordPlan } from '@/lib/dataset/plan';
import { narrowedProposal, recordFromProposal } from '@/lib/dataset/proposal-record';
import type { IncomingRecord, PublishedState } from '@/lib/dataset/record';
import { documentSlugFor, type ProposalPayload } from '@/lib/editorial/payloads';
import { appendAudit } from './audit';
import { carryOut } from './carry-out';
import type { WriteContext } from './context';
import { ConflictError, ValidationError } from './errors';
import { actorIdsBySlug, readPublishedState, type StateIds } from './published-state';
import { type Provenance, refreshSearchIndexFor } from './records';

export type PublishResult = { documentSlug: string; codingIds: number[]; actorSlug?: string };

type Planned = { record: IncomingRecord; plan: RecordPlan; ids: StateIds; state: PublishedState };

function uniqueDocumentSlug(tx: Db, base: string): string {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!tx.select({ id: documents.id }).from(documents).where(eq(documents.slug, slug)).get()) return slug;
  }
}

/** The document (and, for a correction or withdrawal, the author × dimension) a payload is about. */
function targetOf(tx: Db, p: ProposalPayload): { slug: string; cell?: { actor: string; dimension: (typeof codings.$inferSelect)['dimensionKey'] } } {
  if (p.kind === 'new_document') return { slug: p.document.slug ?? uniqueDocumentSlug(tx, documentSlugFor(p.actorSlug, p.document.date, p.document.type)) };
  if (p.kind === 'coding' || p.kind === 'attach_source' || p.kind === 'document_correction' || p.kind === 'document_withdrawal')
    return { slug: p.documentSlug };
  const row = tx
    .select({ slug: documents.slug, actor: actors.slug, dimension: codings.dimensionKey })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .innerJoin(actors, eq(actors.id, codings.actorId))
    .where(eq(codings.id, p.codingId))
    .get();
  if (!row) throw new ValidationError({ codingId: [`There is no coding ${p.codingId}.`] });
  return { slug: row.slug, cell: { actor: row.actor, dimension: row.dimension } };
}

/** A refusal on an author names the form's field: the actor, or the co-author it lists. */
const fieldOf = (p: ProposalPayload, field: string) => {
  const author = /^authors\[(\d+)\]$/.exec(field);
  if (!author || p.kind !== 'new_document') return field;
  return author[1] === '0' ? 'actorSlug' : `coAuthors[${Number(author[1]) - 1}]`;
};

/** Plans a payload against the database as it is now; throws what the planner refuses (nothing is written). */
export function planProposal(tx: Db, p: ProposalPayload): Planned {
  const target = targetOf(tx, p);
  const known = new Set(actorIdsBySlug(tx).keys());
  const { state, ids } = readPublishedState(tx, target.slug, known);
  const record = recordFromProposal(p, { slug: target.slug, state, cell: target.cell });
  const plan = planRecord(record, state);
  if (plan.action === 'refuse') {
    if (plan.field) throw new ValidationError({ [fieldOf(p, plan.field)]: [plan.reason] });
    throw new ConflictError(plan.reason);
  }
  return { record, plan, ids, state };
}

/**
 * Checks a payload against the record now (at proposal time and again at publish time); returns it as a proposal
 * stores it (a document correction keeps only what it changes).
 */
export function checkReferences(tx: Db, p: ProposalPayload): ProposalPayload {
  return narrowedProposal(p, planProposal(tx, p).state);
}

/**
 * Applies a payload to the public record. Call only inside a transaction, after authorize().
 * `ctx.by` (the publisher) goes into the audit; `from` (the proposal's author and origin) into the rows it creates.
 */
export function applyPayload(ctx: WriteContext, p: ProposalPayload, from: Provenance): PublishResult {
  const { tx } = ctx;
  const { record, plan, ids } = planProposal(tx, p);
  if (p.kind === 'new_document' && p.newActor) {
    const a = p.newActor;
    const row = tx
      .insert(actors)
      .values({
        slug: a.slug,
        name: a.name,
        kind: a.kind,
        iso3: a.iso3,
        region: a.region,
        subregion: a.subregion,
        unRegionalGroup: a.unRegionalGroup,
        originId: from.originId,
      })
      .returning()
      .get();
    appendAudit(ctx, { action: 'publish', entity: 'actor', entityId: row.slug, after: row });
  }
  const done = carryOut(ctx, { record, plan, ids, actorIds: actorIdsBySlug(tx), from: () => from });
  if (done.textChanged) refreshSearchIndexFor(tx, done.documentId);
  return {
    documentSlug: record.slug,
    codingIds: [...done.createdCodings, ...done.supersedingCodings],
    ...(p.kind === 'new_document' && p.newActor ? { actorSlug: p.newActor.slug } : {}),
  };
}
