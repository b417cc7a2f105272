/**
 * The one planner (lib/dataset/plan.ts), without a database: a seed record and a desk proposal, in the same shape,
 * against a published state built here. Each case states the state, the record and the step it must plan.
 */
import { describe, expect, it } from 'vitest';
import { changesNothing, planRecord, type Plan, type RecordPlan } from '@/lib/dataset/plan';
import { narrowedProposal, recordFromProposal } from '@/lib/dataset/proposal-record';
import type { Bringer, CurrentCoding, PublishedState } from '@/lib/dataset/record';
import { recordFromSeed, seedDocumentFields, seedReading } from '@/lib/dataset/seed-record';
import type { CodingContent } from '@/lib/dataset/coding-content';
import { record } from '../../fixtures/seed';

const SLUG = 'ruritania--2024';
const seedRecord = (codings = { applicability: 'binding_obligation' as const, knowledge: 'actual' as const }) => record(SLUG, '2024-03-01', codings);

/** The state an earlier import (or the desk) left for `seedRecord()`; codings given by dimension. */
function stateOf(rec = seedRecord(), codings: Partial<Record<string, { value: string; from: Bringer }>> = {}, fieldsFrom: Bringer = 'import'): PublishedState {
  let id = 100;
  const content = (value: string): CodingContent => ({
    value,
    words: null,
    summary: rec.summary,
    confidence: 'high',
    confidenceReason: null,
    verifiedFrom: rec.verified_from,
    passages: [{ quote: rec.quote!, locator: rec.quote_locator! }],
  });
  const current: CurrentCoding[] = Object.entries(codings).map(([dimension, c]) => ({
    id: (id += 1),
    actor: 'ruritania',
    dimension: dimension as CurrentCoding['dimension'],
    content: content(c!.value),
    from: c!.from,
  }));
  return {
    document: { fields: seedDocumentFields(rec), fieldsFrom, withdrawn: false },
    readings: [{ actor: 'ruritania', reading: seedReading(rec), from: 'import' }],
    passages: [{ quote: rec.quote!, locator: rec.quote_locator!, role: rec.quote_role }],
    codings: current,
    knownActors: new Set(['ruritania', 'freedonia']),
  };
}

const EMPTY: PublishedState = { document: null, readings: [], passages: [], codings: [], knownActors: new Set(['ruritania', 'freedonia']) };

function applied(plan: Plan): RecordPlan {
  if (plan.action !== 'apply') throw new Error(`refused: ${plan.reason}`);
  return plan;
}
const stepsOf = (plan: Plan) => applied(plan).codings.map((c) => `${c.dimension}:${c.action}${c.action === 'keep' ? `(${c.why})` : ''}`);
const imported = { value: 'binding_obligation', from: 'import' as const };

describe('the planner on a seed record', () => {
  it('adds a new document with its reading, passage and every coded dimension', () => {
    const plan = applied(planRecord(recordFromSeed(seedRecord()), EMPTY));
    expect(plan.document.action).toBe('add');
    expect(plan.readings.map((r) => r.action)).toEqual(['add']);
    expect(plan.passages).toHaveLength(1);
    expect(stepsOf(plan)).toEqual(['applicability:add', 'knowledge:add']);
  });

  it('keeps what is unchanged, and then writes nothing', () => {
    const state = stateOf(seedRecord(), { applicability: imported, knowledge: { value: 'actual', from: 'import' } });
    const plan = applied(planRecord(recordFromSeed(seedRecord()), state));
    expect(stepsOf(plan)).toEqual(['applicability:keep(unchanged)', 'knowledge:keep(unchanged)']);
    expect(plan.document).toEqual({ action: 'keep', why: 'unchanged' });
    expect(changesNothing(plan)).toBe(true);
  });

  it('supersedes a changed value and withdraws a dimension the record no longer codes', () => {
    const state = stateOf(seedRecord(), { applicability: imported, knowledge: { value: 'actual', from: 'import' } });
    const plan = applied(planRecord(recordFromSeed(seedRecord({ applicability: 'voluntary_norm' } as never)), state));
    expect(stepsOf(plan)).toEqual(['applicability:supersede', 'knowledge:withdraw']);
    expect(changesNothing(plan)).toBe(false);
  });

  it('keeps an editor’s coding and document fields, counting only a different value as differing', () => {
    const changed = seedRecord({ applicability: 'voluntary_norm' } as never);
    changed.title = 'Another title';
    const state = stateOf(seedRecord(), { applicability: { value: 'binding_obligation', from: 'desk' } }, 'desk');
    const plan = applied(planRecord(recordFromSeed(changed), state));
    expect(plan.document).toEqual({ action: 'keep', why: 'editor' });
    expect(plan.codings).toEqual([expect.objectContaining({ dimension: 'applicability', action: 'keep', why: 'editor', differs: true })]);
  });

  it('leaves a document withdrawn through the desk as it is', () => {
    const state = stateOf();
    state.document!.withdrawn = true;
    expect(applied(planRecord(recordFromSeed(seedRecord()), state)).leftWithdrawn).toBe(true);
  });

  it('refuses an author the database does not know, naming the field', () => {
    const rec = seedRecord();
    rec.authors = ['ruritania', 'atlantis'];
    expect(planRecord(recordFromSeed(rec), EMPTY)).toEqual({ action: 'refuse', reason: 'Unknown actor "atlantis".', field: 'authors[1]' });
  });
});

describe('the planner on a desk proposal, in the same shape', () => {
  const state = () => stateOf(seedRecord(), { applicability: imported });
  const target = (s: PublishedState, dimension?: 'applicability' | 'knowledge') => ({
    slug: SLUG,
    state: s,
    ...(dimension ? { cell: { actor: 'ruritania', dimension } } : {}),
  });

  it('adds the coding of an uncoded dimension', () => {
    const s = state();
    const p = {
      kind: 'coding',
      documentSlug: SLUG,
      actorSlug: 'ruritania',
      dimension: 'knowledge',
      value: 'actual',
      freeText: null,
      confidence: 'low',
      confidenceReason: null,
      passage: null,
      summary: null,
    } as const;
    const plan = applied(planRecord(recordFromProposal(p, target(s)), s));
    expect(stepsOf(plan)).toEqual(['knowledge:add']);
    expect(plan.document).toEqual({ action: 'keep', why: 'not stated' });
  });

  it('refuses to code a dimension that is already coded: a correction is the way', () => {
    const s = state();
    const p = {
      kind: 'coding',
      documentSlug: SLUG,
      actorSlug: 'ruritania',
      dimension: 'applicability',
      value: 'voluntary_norm',
      freeText: null,
      confidence: 'low',
      confidenceReason: null,
      passage: null,
      summary: null,
    } as const;
    expect(planRecord(recordFromProposal(p, target(s)), s)).toMatchObject({
      action: 'refuse',
      reason: expect.stringMatching(/already coded .*propose a correction/),
    });
  });

  it('supersedes the coding a correction names, and refuses it once that coding is no longer current', () => {
    const s = state();
    const id = s.codings[0]!.id;
    const p = {
      kind: 'correction',
      codingId: id,
      value: 'voluntary_norm',
      freeText: null,
      confidence: 'medium',
      confidenceReason: null,
      passage: null,
      summary: null,
    } as const;
    expect(stepsOf(planRecord(recordFromProposal(p, target(s, 'applicability')), s))).toEqual(['applicability:supersede']);
    const stale = { ...p, codingId: id - 1 };
    expect(planRecord(recordFromProposal(stale, target(s, 'applicability')), s)).toMatchObject({
      action: 'refuse',
      reason: expect.stringMatching(/already been corrected or withdrawn/),
    });
  });

  it('withdraws a coding, and refuses to withdraw it twice', () => {
    const s = state();
    const id = s.codings[0]!.id;
    const plan = planRecord(recordFromProposal({ kind: 'withdrawal', codingId: id }, target(s, 'applicability')), s);
    expect(stepsOf(plan)).toEqual(['applicability:withdraw']);
    const after = state();
    after.codings[0]!.content = { ...after.codings[0]!.content, value: null };
    expect(planRecord(recordFromProposal({ kind: 'withdrawal', codingId: id }, target(after, 'applicability')), after)).toMatchObject({
      action: 'refuse',
      reason: expect.stringMatching(/already withdrawn/),
    });
  });

  it('refuses any change to a withdrawn document (an import leaves it alone instead)', () => {
    const s = state();
    s.document!.withdrawn = true;
    const p = { kind: 'withdrawal', codingId: s.codings[0]!.id } as const;
    expect(planRecord(recordFromProposal(p, target(s, 'applicability')), s)).toMatchObject({
      action: 'refuse',
      reason: expect.stringMatching(/has been withdrawn/),
    });
  });
});

describe('the planner on a correction or withdrawal of a document itself', () => {
  const s = () => {
    const state = stateOf(seedRecord(), { applicability: imported });
    state.readings.push({ actor: 'freedonia', reading: { ...state.readings[0]!.reading, summary: 'Freedonia joins.' }, from: 'import' });
    state.codings.push({ ...state.codings[0]!, id: 200, actor: 'freedonia' });
    return state;
  };
  const correction = (over: Record<string, unknown>) =>
    ({ kind: 'document_correction', documentSlug: SLUG, actorSlug: 'ruritania', document: {}, ...over }) as Parameters<typeof recordFromProposal>[0];
  const plan = (p: Parameters<typeof recordFromProposal>[0], state = s()) => planRecord(recordFromProposal(p, { slug: SLUG, state }), state);

  it('revises the fields it names, keeps the others, and records a revision', () => {
    const state = s();
    const p = applied(plan(correction({ document: { title: 'The corrected title', date: '2024-02-28' } }), state));
    expect(p.revision).toBe('correction');
    expect(p.document).toEqual({
      action: 'revise',
      fields: { ...state.document!.fields, title: 'The corrected title', date: '2024-02-28' },
      changed: ['title', 'date'],
    });
    expect(p.readings.every((r) => r.action === 'keep')).toBe(true);
    expect(p.leaving).toEqual([]);
    expect(p.codings).toEqual([]);
  });

  it('revises the reading of the author it starts from, and no other', () => {
    const p = applied(plan(correction({ summary: 'A better summary.', notes: 'Read in French.' })));
    expect(p.document).toEqual({ action: 'keep', why: 'unchanged' });
    expect(p.readings.map((r) => `${r.actor}:${r.action}`)).toEqual(['ruritania:revise', 'freedonia:keep']);
  });

  it('an author left out leaves the document, and that author’s codings of it are withdrawn', () => {
    const p = applied(plan(correction({ authors: ['ruritania'] })));
    expect(p.leaving).toEqual(['freedonia']);
    expect(p.codings.map((c) => `${c.actor}:${c.dimension}:${c.action}`)).toEqual(['freedonia:applicability:withdraw']);
  });

  it('refuses a correction that changes nothing, and one of a document withdrawn or absent', () => {
    const state = s();
    const same = correction({ document: { title: state.document!.fields.title }, authors: ['freedonia', 'ruritania'] });
    expect(plan(same, state)).toMatchObject({ action: 'refuse', reason: expect.stringMatching(/changes nothing/) });
    const withdrawn = s();
    withdrawn.document!.withdrawn = true;
    expect(plan(correction({ document: { title: 'New' } }), withdrawn)).toMatchObject({
      action: 'refuse',
      reason: expect.stringMatching(/has been withdrawn/),
    });
    expect(plan(correction({ document: { title: 'New' } }), { ...EMPTY })).toMatchObject({ action: 'refuse', field: 'documentSlug' });
  });

  it('refuses an author it does not start from, an unknown new author, and a reading changed for an author who leaves', () => {
    expect(plan(correction({ actorSlug: 'atlantis', document: { title: 'New' } }))).toMatchObject({ action: 'refuse', field: 'actorSlug' });
    expect(plan(correction({ authors: ['ruritania', 'atlantis'] }))).toMatchObject({ action: 'refuse', reason: 'Unknown actor "atlantis".' });
    expect(plan(correction({ authors: ['freedonia'], summary: 'Changed.' }))).toMatchObject({ action: 'refuse', field: 'summary' });
    expect(applied(plan(correction({ authors: ['freedonia'] }))).leaving).toEqual(['ruritania']);
  });

  it('withdraws the whole document: every author leaves, its codings stay as history; refused once withdrawn', () => {
    const p = applied(plan({ kind: 'document_withdrawal', documentSlug: SLUG, actorSlug: 'ruritania' }));
    expect(p).toMatchObject({ document: { action: 'withdraw' }, revision: 'withdrawal', leaving: ['ruritania', 'freedonia'], codings: [] });
    const withdrawn = s();
    withdrawn.document!.withdrawn = true;
    expect(plan({ kind: 'document_withdrawal', documentSlug: SLUG, actorSlug: 'ruritania' }, withdrawn)).toMatchObject({
      action: 'refuse',
      reason: expect.stringMatching(/has been withdrawn/),
    });
  });

  it('an import leaves a withdrawn document alone, and keeps the fields an editor corrected', () => {
    const withdrawn = s();
    withdrawn.document!.withdrawn = true;
    expect(applied(planRecord(recordFromSeed(seedRecord()), withdrawn)).leftWithdrawn).toBe(true);
    const corrected = stateOf(seedRecord(), { applicability: imported }, 'desk');
    corrected.document!.fields = { ...corrected.document!.fields, title: 'An editor’s title' };
    expect(applied(planRecord(recordFromSeed(seedRecord()), corrected)).document).toEqual({ action: 'keep', why: 'editor' });
  });
});

describe('a document correction as stored with its proposal', () => {
  it('keeps only what it changes, so publishing it never undoes a later correction of another field', () => {
    const state = stateOf(seedRecord(), { applicability: imported });
    const f = state.document!.fields;
    const own = state.readings[0]!.reading;
    const whole = {
      kind: 'document_correction' as const,
      documentSlug: SLUG,
      actorSlug: 'ruritania',
      document: { title: 'Corrected', titleOriginal: f.titleOriginal, date: f.date, type: f.type, venue: f.venue, url: f.url, archiveUrl: f.archiveUrl },
      authors: ['ruritania'],
      summary: own.summary,
      notes: own.notes,
    } satisfies Parameters<typeof narrowedProposal>[0];
    expect(narrowedProposal(whole, state)).toEqual({
      kind: 'document_correction',
      documentSlug: SLUG,
      actorSlug: 'ruritania',
      document: { title: 'Corrected' },
    });
  });
});

describe('an import after an editor took an author off a document', () => {
  it('does not bring the author back, and keeps the withdrawal of that author’s codings', () => {
    const rec = seedRecord();
    rec.authors = ['ruritania', 'freedonia'];
    const state = stateOf(rec, { applicability: imported });
    state.removedAuthors = ['freedonia'];
    state.codings.push({ ...state.codings[0]!, id: 300, actor: 'freedonia', content: { ...state.codings[0]!.content, value: null }, from: 'desk' });
    const plan = applied(planRecord(recordFromSeed(rec), state));
    expect(plan.readings.map((r) => `${r.actor}:${r.action}`)).toEqual(['ruritania:keep', 'freedonia:keep']);
    expect(plan.readings[1]).toMatchObject({ why: 'editor' });
    expect(plan.codings.filter((c) => c.actor === 'freedonia' && c.action !== 'keep')).toEqual([]);
    delete state.removedAuthors;
    expect(applied(planRecord(recordFromSeed(rec), state)).readings.map((r) => `${r.actor}:${r.action}`)).toEqual(['ruritania:keep', 'freedonia:add']);
  });
});
