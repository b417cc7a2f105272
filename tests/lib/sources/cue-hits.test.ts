import { describe, expect, it } from 'vitest';
import { CUE_PHRASES } from '@/lib/domain/cue-phrases';
import { DIMENSIONS } from '@/lib/domain/codebook';
import { cueHits, cueHitsByDimension, cuePattern } from '@/lib/sources/cue-hits';

const units = [
  { seq: 1, text: 'Since Corfu Channel, every State must not knowingly allow its territory to be used. Due\ndiligence applies.' },
  { seq: 2, text: 'A State that should have known (constructive knowledge) must take feasible measures within its capacity to prevent harm.' },
  { seq: 3, text: 'No general duty to monitor networks; serious adverse consequences; transit States. Nothing else here: preventable? normal.' },
];

describe('cue phrases', () => {
  it('are defined for every dimension of the codebook', () => {
    expect(Object.keys(CUE_PHRASES).sort()).toEqual(DIMENSIONS.map((d) => d.key).sort());
  });

  it('match whole words, prefixes with *, any case, and words split by a line break', () => {
    expect('Due\ndiligence'.match(cuePattern('due diligence'))).toEqual(['Due\ndiligence']);
    expect('prevention, preventing; unpreventable'.match(cuePattern('prevent*'))).toEqual(['prevention', 'preventing']);
    expect('non-binding and non binding'.match(cuePattern('non-binding'))).toEqual(['non-binding', 'non binding']);
    expect('norm 13(c) of 2015'.match(cuePattern('norm 13(c)'))).toEqual(['norm 13(c)']);
  });
});

describe('cueHits', () => {
  const hits = cueHits(units);
  const by = Object.fromEntries(cueHitsByDimension(hits).map((d) => [d.dimension, d]));

  it('lists hits per dimension with their pages, and offsets that point at the words', () => {
    expect(by.applicability!.pages).toEqual([1]);
    expect(by.knowledge!.hits.map((h) => h.text)).toEqual(['knowingly', 'should have known', 'constructive', 'knowledge']);
    expect(by.knowledge!.pages).toEqual([1, 2]);
    expect(by.capacity!.hits.map((h) => h.text)).toEqual(['feasible', 'capacity']);
    expect(by.prevention!.hits.map((h) => [h.seq, h.text])).toEqual([
      [2, 'prevent'],
      [3, 'preventable'],
    ]);
    expect(by.monitoring!.pages).toEqual([3]);
    expect(by.threshold!.hits.map((h) => h.text)).toEqual(['serious adverse consequences']);
    expect(by.transit_states!.hits.map((h) => h.text)).toEqual(['transit']);
    for (const h of hits) expect(units[h.seq - 1]!.text.slice(h.start, h.end)).toBe(h.text);
  });

  it('drops a hit inside a longer hit of the same dimension ("knowingly allow" holds "knowingly")', () => {
    expect(by.applicability!.hits.map((h) => h.text)).toEqual(['Corfu Channel', 'knowingly allow', 'territory', 'Due\ndiligence']);
  });
});
