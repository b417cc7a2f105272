/**
 * The one planner under both writers: given a record (from a seed file or a desk proposal, in one shape) and what
 * the database holds for it now, it says what to do — add, supersede, withdraw, keep (and why), or refuse with a
 * reason — and writes nothing. The import (db/write/import.ts) and publishing (db/write/publish.ts) only carry a plan
 * out, so the rules below hold for every way a record enters:
 * - an import never changes what an editor published: a coding, document fields or a reading whose current values came
 *   from the desk are kept (and counted when the file says otherwise); a document withdrawn through the desk stays so;
 * - a record never deletes: an author or a document it leaves out is left alone; a dimension a seed record no longer
 *   codes is withdrawn (a new row), never removed;
 * - a desk proposal must find the record as it was proposed against (the coding it corrects still current, a new
 *   document's id still free), or it is refused with what to do instead;
 * - a desk correction of a document's own record may change its fields, readings and authors (an author it leaves out
 *   leaves the document, and that author's codings of it are withdrawn); a withdrawal takes the document out of every
 *   public view. Both are recorded as a document revision; a correction that changes nothing is refused.
 */
import { DIMENSIONS, type DimensionKey, isFreeTextDimension, takesWords } from '@/lib/domain/codebook';
import { type CodingContent, describeChange, isStated, sameContent, sameStatement } from './coding-content';
import type { CurrentCoding, DocumentFields, IncomingCoding, IncomingRecord, PassageInput, PublishedState, Reading } from './record';

export type KeepReason = 'unchanged' | 'editor';

export type CodingStep =
  | { action: 'add'; actor: string; dimension: DimensionKey; content: CodingContent; supersedes: CurrentCoding | null }
  | { action: 'supersede'; actor: string; dimension: DimensionKey; content: CodingContent; current: CurrentCoding; change: string }
  | { action: 'withdraw'; actor: string; dimension: DimensionKey; current: CurrentCoding }
  /** `differs`: the record states another value or other words than the kept (editor's) coding. */
  | { action: 'keep'; actor: string; dimension: DimensionKey; why: KeepReason; differs: boolean };

export type DocumentStep =
  | { action: 'add'; fields: DocumentFields }
  | { action: 'revise'; fields: DocumentFields; changed: (keyof DocumentFields)[] }
  /** The whole document leaves the public record (a desk withdrawal): its authors leave it, its rows stay. */
  | { action: 'withdraw' }
  | { action: 'keep'; why: KeepReason | 'not stated' };

export type ReadingStep =
  | { action: 'add'; actor: string; reading: Reading }
  | { action: 'revise'; actor: string; reading: Reading; before: Reading }
  | { action: 'keep'; actor: string; why: KeepReason };

export type Refusal = { action: 'refuse'; reason: string; field?: string };

export type RecordPlan = {
  action: 'apply';
  slug: string;
  document: DocumentStep;
  readings: ReadingStep[];
  codings: CodingStep[];
  /** Passages to store: new ones, and known ones whose role the record gives differently. */
  passages: PassageInput[];
  /** A seed record for a document withdrawn through the desk: nothing is done, and the report says so. */
  leftWithdrawn: boolean;
  /** Authors who leave the document (a desk correction of its authors, or a withdrawal: every author). */
  leaving: string[];
  /** A desk correction or withdrawal of the document itself: recorded as a document revision with its reason. */
  revision: 'correction' | 'withdrawal' | null;
};

export type Plan = RecordPlan | Refusal;

const refuse = (reason: string, field?: string): Refusal => ({ action: 'refuse', reason, ...(field ? { field } : {}) });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: DocumentFields, after: DocumentFields): (keyof DocumentFields)[] {
  return (Object.keys(after) as (keyof DocumentFields)[]).filter((k) => !same(before[k] ?? null, after[k] ?? null));
}

/** A statement the codebook allows on its dimension, or the reason it does not. */
function statementProblem(c: IncomingCoding): string | null {
  if (!c.content) return null;
  const d = DIMENSIONS.find((x) => x.key === c.dimension)!;
  const values = d.values.map((v) => v.value) as string[];
  if (c.content.value !== null && !values.includes(c.content.value))
    return values.length ? `must be one of ${values.join(', ')}` : `${c.dimension} takes the actor’s words, not a value`;
  if (c.content.words !== null && !takesWords(c.dimension)) return `${c.dimension} takes a value, not words`;
  if (!isStated(c.content))
    return isFreeTextDimension(c.dimension) ? 'give the actor’s words (or propose a withdrawal)' : 'choose a value (or propose a withdrawal)';
  return null;
}

function planDocument(record: IncomingRecord, state: PublishedState): DocumentStep | Refusal {
  const current = state.document;
  if (!current) return record.fields ? { action: 'add', fields: record.fields } : refuse(`There is no document "${record.slug}".`, 'documentSlug');
  if (!record.fields) return { action: 'keep', why: 'not stated' };
  const changed = changedFields(current.fields, record.fields);
  if (changed.length === 0) return { action: 'keep', why: 'unchanged' };
  if (record.from === 'import' && current.fieldsFrom === 'desk') return { action: 'keep', why: 'editor' };
  return { action: 'revise', fields: record.fields, changed };
}

function planReadings(record: IncomingRecord, state: PublishedState): ReadingStep[] {
  return (record.readings ?? []).map(({ actor, reading }) => {
    const current = state.readings.find((r) => r.actor === actor);
    if (!current && record.from === 'import' && state.removedAuthors?.includes(actor)) return { action: 'keep', actor, why: 'editor' };
    if (!current) return { action: 'add', actor, reading };
    if (same(current.reading, reading)) return { action: 'keep', actor, why: 'unchanged' };
    if (record.from === 'import' && current.from === 'desk') return { action: 'keep', actor, why: 'editor' };
    return { action: 'revise', actor, reading, before: current.reading };
  });
}

/** One cell: what the record says against the current coding. */
function planCoding(record: IncomingRecord, cell: IncomingCoding, current: CurrentCoding | null): CodingStep | Refusal | null {
  const { actor, dimension, content } = cell;
  const stated = current !== null && isStated(current.content);
  if (record.from === 'desk') {
    if (cell.replaces !== undefined && current?.id !== cell.replaces)
      return refuse(`Coding ${cell.replaces} has already been corrected or withdrawn; propose against the current coding.`);
    if (content === null) {
      if (stated) return { action: 'withdraw', actor, dimension, current: current! };
      return refuse(`${dimension} of "${record.slug}" is ${current ? `already withdrawn (coding ${current.id})` : 'not coded'}: there is nothing to withdraw.`);
    }
    if (cell.replaces === undefined && stated)
      return refuse(`${dimension} of "${record.slug}" is already coded (coding ${current!.id}); propose a correction of it instead.`);
    if (!stated) return { action: 'add', actor, dimension, content, supersedes: current };
    return { action: 'supersede', actor, dimension, content, current: current!, change: describeChange(dimension, current!.content, content) };
  }
  // An import.
  if (content === null) {
    if (!stated) return null;
    if (current!.from === 'desk') return { action: 'keep', actor, dimension, why: 'editor', differs: true };
    return { action: 'withdraw', actor, dimension, current: current! };
  }
  if (current && sameContent(current.content, content)) return { action: 'keep', actor, dimension, why: 'unchanged', differs: false };
  if (current && current.from === 'desk') return { action: 'keep', actor, dimension, why: 'editor', differs: !sameStatement(current.content, content) };
  if (!stated) return { action: 'add', actor, dimension, content, supersedes: current };
  return { action: 'supersede', actor, dimension, content, current: current!, change: describeChange(dimension, current!.content, content) };
}

/** The cells a record speaks for: those it lists, and for a complete (seed) record every dimension of every author. */
function cellsOf(record: IncomingRecord): IncomingCoding[] {
  if (!record.complete) return record.codings;
  const authors = record.readings?.map((r) => r.actor) ?? [];
  return authors.flatMap((actor) =>
    DIMENSIONS.map((d) => record.codings.find((c) => c.actor === actor && c.dimension === d.key) ?? { actor, dimension: d.key, content: null }),
  );
}

/** Plans one record against the database's current state; pure. */
export function planRecord(record: IncomingRecord, state: PublishedState): Plan {
  const leftAlone: RecordPlan = {
    action: 'apply',
    slug: record.slug,
    document: { action: 'keep', why: 'editor' },
    readings: [],
    codings: [],
    passages: [],
    leftWithdrawn: true,
    leaving: [],
    revision: null,
  };
  if (state.document?.withdrawn) return record.from === 'import' ? leftAlone : refuse(`"${record.slug}" has been withdrawn; it can no longer be changed.`);
  if (record.expects === 'absent' && state.document) return refuse(`A document "${record.slug}" already exists.`, 'document.slug');
  if (record.expects === 'present' && !state.document) return refuse(`There is no document "${record.slug}".`, 'documentSlug');
  for (const [i, slug] of record.newActors.entries()) {
    if (state.knownActors.has(slug)) return refuse(`"${slug}" is already tracked: choose it as the actor instead.`, i === 0 ? 'newActor.slug' : undefined);
  }
  const known = (slug: string) => state.knownActors.has(slug) || record.newActors.includes(slug);
  const unknownAuthor = (record.readings ?? []).findIndex((r) => !known(r.actor));
  if (unknownAuthor >= 0) return refuse(`Unknown actor "${record.readings![unknownAuthor]!.actor}".`, `authors[${unknownAuthor}]`);
  const unknown = record.codings.find((c) => !known(c.actor));
  if (unknown) return refuse(`Unknown actor "${unknown.actor}".`, 'actorSlug');
  const authors = new Set([...(record.readings ?? []).map((r) => r.actor), ...state.readings.map((r) => r.actor)]);
  const stranger = record.codings.find((c) => !authors.has(c.actor));
  if (stranger) return refuse(`"${stranger.actor}" is not an author of "${record.slug}".`, 'actorSlug');
  if (record.revision) return planRevision(record, state);

  const document = planDocument(record, state);
  if (document.action === 'refuse') return document;
  const codings: CodingStep[] = [];
  // An author an editor took off the document is not an author to an import: its cells are left as the desk left them.
  const removed = record.from === 'import' ? (state.removedAuthors ?? []) : [];
  for (const cell of cellsOf(record).filter((c) => !removed.includes(c.actor))) {
    const problem = statementProblem(cell);
    if (problem) return refuse(problem, 'value');
    const current = state.codings.find((c) => c.actor === cell.actor && c.dimension === cell.dimension) ?? null;
    const step = planCoding(record, cell, current);
    if (step?.action === 'refuse') return step;
    if (step) codings.push(step);
  }
  return {
    action: 'apply',
    slug: record.slug,
    document,
    readings: planReadings(record, state),
    codings,
    passages: newPassages(record, state),
    leftWithdrawn: false,
    leaving: [],
    revision: null,
  };
}

/** A desk correction or withdrawal of the document itself (the document is present and not withdrawn). */
function planRevision(record: IncomingRecord, state: PublishedState): Plan {
  const { kind, by, leavesWithReading } = record.revision!;
  const authors = state.readings.map((r) => r.actor);
  if (!authors.includes(by)) return refuse(`"${by}" is not an author of "${record.slug}": start from the page of one of its authors.`, 'actorSlug');
  const base = { action: 'apply' as const, slug: record.slug, passages: [], leftWithdrawn: false, revision: kind };
  if (kind === 'withdrawal') return { ...base, document: { action: 'withdraw' }, readings: [], codings: [], leaving: authors };
  if (leavesWithReading)
    return refuse(`The summary and note are our reading for "${by}", who leaves the authors: leave them as they are, or keep "${by}" as an author.`, 'summary');
  const document = planDocument(record, state);
  if (document.action === 'refuse') return document;
  const kept = new Set((record.readings ?? []).map((r) => r.actor));
  const leaving = authors.filter((a) => !kept.has(a));
  const codings: CodingStep[] = state.codings
    .filter((c) => leaving.includes(c.actor) && isStated(c.content))
    .map((c) => ({ action: 'withdraw', actor: c.actor, dimension: c.dimension, current: c }));
  const plan: RecordPlan = { ...base, document, readings: planReadings(record, state), codings, leaving };
  if (changesNothing(plan)) return refuse('The correction changes nothing: every field is as published. Change a field, or leave the document as it is.');
  return plan;
}

/** Passages the record brings that the document lacks, or holds with another role (a role given never becomes null). */
function newPassages(record: IncomingRecord, state: PublishedState): PassageInput[] {
  return record.passages.filter((p) => {
    const held = state.passages.find((h) => h.quote === p.quote && h.locator === p.locator);
    return !held || (p.role !== null && held.role !== p.role);
  });
}

/** True when carrying the plan out writes nothing (every step keeps). */
export function changesNothing(plan: RecordPlan): boolean {
  return (
    plan.document.action === 'keep' &&
    plan.readings.every((r) => r.action === 'keep') &&
    plan.codings.every((c) => c.action === 'keep') &&
    plan.passages.length === 0 &&
    plan.leaving.length === 0
  );
}
