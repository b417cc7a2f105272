/**
 * Provenance: the origin row that says where published rows came from — an import of a release from a folder, or a
 * desk proposal by a user. Created inside the write transaction, only when something is written, and referenced by
 * the rows it creates (`origin_id`) or revises (`revision_origin_id`).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { origins, type Origin, type Proposal } from '@/db/schema';
import type { WriteContext } from './context';

/** An origin to be recorded; `import` names the folder and the release it brought. */
export type OriginInput =
  | { kind: 'import'; source: string; datasetRelease: string | null; datasetVersion: string | null }
  | { kind: 'desk'; proposal: Pick<Proposal, 'id' | 'authorUserId' | 'authorLabel'> };

/** How an origin reads in the desk and the audit. */
export function originLabel(o: OriginInput): string {
  if (o.kind === 'desk') return `proposal ${o.proposal.id} by ${o.proposal.authorLabel}`;
  return `import of ${o.source}${o.datasetRelease ? ` (release ${o.datasetRelease})` : ''}`;
}

export function recordOrigin({ tx, now }: WriteContext, o: OriginInput): Origin {
  const row =
    o.kind === 'desk'
      ? { kind: o.kind, label: originLabel(o), at: now, proposalId: o.proposal.id, userId: o.proposal.authorUserId }
      : { kind: o.kind, label: originLabel(o), at: now, source: o.source, datasetRelease: o.datasetRelease, datasetVersion: o.datasetVersion };
  return tx.insert(origins).values(row).returning().get();
}

/** An origin created on first use, so a write that ends up changing nothing records no origin either. */
export function lazyOrigin(ctx: WriteContext, o: OriginInput): () => number {
  let id: number | null = null;
  return () => (id ??= recordOrigin(ctx, o).id);
}

/** The kinds of the given origin ids (rows from before provenance have none: treated by the caller). */
export function originKinds(tx: Db, ids: readonly number[]): Map<number, Origin['kind']> {
  if (ids.length === 0) return new Map();
  return new Map(
    tx
      .select({ id: origins.id, kind: origins.kind })
      .from(origins)
      .where(inArray(origins.id, [...new Set(ids)]))
      .all()
      .map((r) => [r.id, r.kind]),
  );
}

/** True when the origin is the desk: the row (or its current fields) is an editor's work, which an import keeps. */
export function isDeskOrigin(tx: Db, originId: number | null): boolean {
  if (originId === null) return false;
  return tx.select({ kind: origins.kind }).from(origins).where(eq(origins.id, originId)).get()?.kind === 'desk';
}

/** Editor work in the database: rows whose origin (or current fields' origin) is the desk. */
export function deskRowCount(tx: Db): number {
  return tx.get<{ n: number }>(sql`
    SELECT (SELECT count(*) FROM codings c JOIN origins o ON o.id = c.origin_id WHERE o.kind = 'desk')
         + (SELECT count(*) FROM documents d JOIN origins o ON o.id = coalesce(d.revision_origin_id, d.origin_id) WHERE o.kind = 'desk')
         + (SELECT count(*) FROM actors a JOIN origins o ON o.id = coalesce(a.revision_origin_id, a.origin_id) WHERE o.kind = 'desk') AS n`).n;
}
