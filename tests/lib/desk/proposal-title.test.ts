import { describe, expect, it } from 'vitest';
import { namesNeeded, proposalTitle, type ProposalNames } from '@/lib/desk/proposal-title';
import type { ProposalPayload } from '@/lib/editorial/payloads';

const names: ProposalNames = {
  actor: (s) => ({ iceland: 'Iceland', denmark: 'Denmark' })[s],
  document: (s) => (s === 'denmark-2020' ? { title: 'Nordic statement', date: '2020-05' } : undefined),
  coding: (id) => (id === 151 ? { dimension: 'applicability', actorName: 'Iceland', documentTitle: 'Test document', documentDate: '2026-03' } : undefined),
};

describe('proposalTitle', () => {
  it('names a correction and a withdrawal by the coding they change, never by its id', () => {
    const correction = { kind: 'correction', codingId: 151 } as ProposalPayload;
    expect(proposalTitle(correction, names)).toBe('Correction of Applicability for Iceland in “Test document” (March 2026)');
    expect(proposalTitle({ kind: 'withdrawal', codingId: 151 }, names)).toBe('Withdrawal of Applicability for Iceland in “Test document” (March 2026)');
    expect(proposalTitle({ kind: 'withdrawal', codingId: 9 }, names)).not.toMatch(/\d/);
  });

  it('names a coding by dimension, actor and document, and a new document by title, date and actor', () => {
    const coding = { kind: 'coding', dimension: 'capacity', actorSlug: 'denmark', documentSlug: 'denmark-2020' } as ProposalPayload;
    expect(proposalTitle(coding, names)).toBe('Coding of Capacity for Denmark in “Nordic statement” (May 2020)');
    const doc = { kind: 'new_document', actorSlug: 'iceland', newActor: null, document: { title: 'T', date: '2026' } } as unknown as ProposalPayload;
    expect(proposalTitle(doc, names)).toBe('New document: “T” (2026), Iceland');
  });

  it('asks the loader for each name once', () => {
    const payloads = [
      { kind: 'correction', codingId: 151 },
      { kind: 'withdrawal', codingId: 151 },
      { kind: 'coding', actorSlug: 'denmark', documentSlug: 'denmark-2020' },
    ] as ProposalPayload[];
    expect(namesNeeded(payloads)).toEqual({ actors: ['denmark'], documents: ['denmark-2020'], codings: [151] });
  });
});
