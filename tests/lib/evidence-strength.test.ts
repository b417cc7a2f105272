import { describe, expect, it } from 'vitest';
import { BACKING_MARKS, QUOTE_BACKINGS, READING_MARKS, backedByOwnWords, quoteBacking } from '@/lib/domain/evidence-strength';
import { coverageLine, coverageText } from '@/lib/domain/coverage';
import { CONFIDENCE_LEVELS } from '@/lib/domain/vocabulary';

describe('quoteBacking', () => {
  it('tells the actor’s own due-diligence words from a context passage and from no quote', () => {
    expect(quoteBacking([{ role: 'context' }, { role: 'due_diligence' }])).toBe('own_words');
    expect(quoteBacking([{ role: 'context' }])).toBe('context_only');
    expect(quoteBacking([{ role: null }])).toBe('context_only');
    expect(quoteBacking([])).toBe('no_quote');
    expect(backedByOwnWords([{ role: 'context' }])).toBe(false);
  });

  it('gives every strength its own symbol and words (never colour alone)', () => {
    const marks = [...QUOTE_BACKINGS.map((b) => BACKING_MARKS[b]), ...CONFIDENCE_LEVELS.map((c) => READING_MARKS[c])];
    expect(new Set(marks.map((m) => m.symbol)).size).toBe(marks.length);
    expect(new Set(marks.map((m) => m.short)).size).toBe(marks.length);
    expect(READING_MARKS.medium.short).toBe('secondary source');
  });
});

describe('coverage wording', () => {
  it('counts against the States with a document', () => {
    const c = { coded: 5, notCoded: 65, noDocument: 123, total: 193 };
    expect(coverageText(c)).toBe('coded for 5 of 70 States with a document');
    expect(coverageLine('Knowledge', c)).toBe('Knowledge: coded for 5 of 70 States with a document');
  });
});
