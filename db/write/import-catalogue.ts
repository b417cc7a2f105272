/**
 * The parts of an import around the records: the actors (and their memberships), further reading, the codebook and
 * the dataset's metadata. Adds and corrects, never deletes; an actor whose fields an editor set is not rewritten.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { actors, codebookDimensions, codebookValues, datasetMeta, literature, literatureActors, memberships, RELEASE_NOTES_KEY } from '@/db/schema';
import type { ActorFile, LiteratureRecord, Seed } from '@/lib/dataset/seed-schema';
import { CODEBOOK_VERSION, DIMENSIONS } from '@/lib/domain/codebook';
import { appendAudit } from './audit';
import type { WriteContext } from './context';
import type { ImportReport } from './import-report';
import { isDeskOrigin } from './origins';
import { writeCodebook } from './records';

/** An import's transaction context: the write context and its origin (recorded on first use). */
export type ImportContext = WriteContext & { origin: () => number };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** True when `existing` already holds every field of `next` (key order does not matter; extra columns are ignored). */
export const holds = (existing: Record<string, unknown>, next: Record<string, unknown>) =>
  Object.keys(next).every((k) => same(existing[k] ?? null, next[k] ?? null));

export function importActors(ctx: ImportContext, seed: Seed, ids: Map<string, number>, report: ImportReport): void {
  const { tx } = ctx;
  for (const a of seed.actors) {
    const row = { slug: a.slug, name: a.name, kind: a.kind, iso3: a.iso3, region: a.region, subregion: a.subregion, unRegionalGroup: a.un_regional_group };
    const existing = tx.select().from(actors).where(eq(actors.slug, a.slug)).get();
    if (!existing) {
      const inserted = tx
        .insert(actors)
        .values({ ...row, originId: ctx.origin() })
        .returning()
        .get();
      ids.set(a.slug, inserted.id);
      report.actors.added += 1;
      report.created.actors.push(a.slug);
    } else if (holds(existing, row)) report.actors.unchanged += 1;
    else if (isDeskOrigin(tx, existing.revisionOriginId ?? existing.originId)) report.actors.keptEditorWork += 1;
    else {
      const updated = tx
        .update(actors)
        .set({ ...row, revisionOriginId: ctx.origin() })
        .where(eq(actors.id, existing.id))
        .returning()
        .get();
      report.actors.corrected += 1;
      appendAudit(ctx, { action: 'import', entity: 'actor', entityId: a.slug, before: existing, after: updated });
    }
  }
  report.actors.leftAlone = ids.size - seed.actors.length;
}

/** Adds memberships the import lists and corrects their end date; a membership the import lacks stays. */
export function importMemberships(ctx: ImportContext, a: ActorFile, ids: Map<string, number>, report: ImportReport): void {
  const { tx } = ctx;
  const memberId = ids.get(a.slug)!;
  for (const m of a.memberships) {
    const groupId = ids.get(m.group);
    if (groupId === undefined) throw new Error(`actors/${a.slug}.json: membership of unknown actor "${m.group}"`);
    const existing = tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.memberId, memberId), eq(memberships.groupId, groupId), eq(memberships.fromDate, m.from)))
      .get();
    if (!existing) {
      const row = tx.insert(memberships).values({ memberId, groupId, fromDate: m.from, toDate: m.to, originId: ctx.origin() }).returning().get();
      report.memberships.added += 1;
      report.created.memberships.push(row.id);
    } else if (existing.toDate !== m.to) {
      tx.update(memberships).set({ toDate: m.to }).where(eq(memberships.id, existing.id)).run();
      report.memberships.corrected += 1;
      appendAudit(ctx, { action: 'import', entity: 'membership', entityId: existing.id, before: existing, after: { ...existing, toDate: m.to } });
    }
  }
}

export function importLiterature(ctx: ImportContext, items: LiteratureRecord[], ids: Map<string, number>, report: ImportReport): void {
  const { tx } = ctx;
  for (const l of items) {
    const row = {
      slug: l.id,
      title: l.title,
      authors: l.authors,
      institution: l.institution,
      date: l.date,
      type: l.type,
      url: l.url,
      view: l.view,
      summary: l.summary,
      note: l.note,
    };
    const existing = tx.select().from(literature).where(eq(literature.slug, l.id)).get();
    let id = existing?.id;
    if (!existing) {
      id = tx
        .insert(literature)
        .values({ ...row, originId: ctx.origin() })
        .returning({ id: literature.id })
        .get().id;
      report.literature.added += 1;
      report.created.literature.push(l.id);
    } else if (holds(existing, row)) report.literature.unchanged += 1;
    else {
      tx.update(literature).set(row).where(eq(literature.id, existing.id)).run();
      report.literature.corrected += 1;
      appendAudit(ctx, { action: 'import', entity: 'literature', entityId: l.id, before: existing, after: row });
    }
    const newLinks = l.about_actors.filter((a) => {
      const actorId = ids.get(a);
      if (actorId === undefined) throw new Error(`literature "${l.id}": unknown actor "${a}"`);
      return !tx
        .select()
        .from(literatureActors)
        .where(and(eq(literatureActors.literatureId, id!), eq(literatureActors.actorId, actorId)))
        .get();
    });
    for (const a of newLinks)
      tx.insert(literatureActors)
        .values({ literatureId: id!, actorId: ids.get(a)! })
        .run();
    // An item that now also discusses another actor is corrected, though its own fields are the same.
    if (existing && newLinks.length > 0 && holds(existing, row)) {
      report.literature.unchanged -= 1;
      report.literature.corrected += 1;
    }
  }
}

/** Writes the codebook's reference rows only when they differ, so an import with nothing new writes nothing. */
export function importCodebook(tx: Db): boolean {
  const dims = tx.select().from(codebookDimensions).all();
  const values = tx.select().from(codebookValues).all();
  const current = DIMENSIONS.every((d, position) => {
    const row = dims.find((x) => x.key === d.key);
    if (!row || row.question !== d.question || row.position !== position || row.version !== CODEBOOK_VERSION) return false;
    return d.values.every((v, vp) =>
      values.some((x) => x.dimensionKey === d.key && x.value === v.value && x.label === v.label && x.definition === v.definition && x.position === vp),
    );
  });
  if (!current) writeCodebook(tx);
  return !current;
}

/** The dataset's metadata (its version, release and citation are shown on pages) and its release notes. */
export function importMeta(tx: Db, seed: Seed): boolean {
  const before = new Map(
    tx
      .select()
      .from(datasetMeta)
      .all()
      .map((m) => [m.key, m.value]),
  );
  // A folder without release notes keeps the ones the database has (an import never deletes).
  const meta: Record<string, string> = { ...seed.meta, ...(seed.releaseNotes ? { [RELEASE_NOTES_KEY]: seed.releaseNotes } : {}) };
  const changed = Object.entries(meta).filter(([key, value]) => before.get(key) !== value);
  for (const [key, value] of changed) tx.insert(datasetMeta).values({ key, value }).onConflictDoUpdate({ target: datasetMeta.key, set: { value } }).run();
  return changed.length > 0;
}
