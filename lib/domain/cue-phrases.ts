/**
 * Cue phrases per codebook dimension: words that often mark a passage worth reading when coding that dimension
 * (CODEBOOK.md's wording, the GGE/OEWG vocabulary and the Corfu Channel formula). They only direct a reader's eye:
 * a hit never sets, suggests or changes a value. Matching (lib/sources/cue-hits.ts) ignores case; a trailing `*`
 * matches any ending ("prevent*" → prevent, prevention, preventing); words may be split by a line break.
 */
import type { DimensionKey } from './codebook';

export const CUE_PHRASES = {
  applicability: [
    'due diligence',
    'diligent*',
    'Corfu Channel',
    'knowingly allow*',
    'territor*',
    'binding',
    'non-binding',
    'voluntary',
    'customary international law',
    'norm 13(c)',
  ],
  knowledge: ['knowingly', 'knowledge', 'should have known', 'ought to have known', 'constructive', 'aware*'],
  threshold: [
    'serious adverse consequences',
    'significant harm',
    'substantial harm',
    'serious harm',
    'threshold',
    'contrary to the rights',
    'internationally wrongful',
  ],
  prevention: ['prevent*', 'terminat*', 'put an end', 'ongoing', 'imminent', 'foreseeable'],
  monitoring: ['monitor*', 'surveil*', 'detect*', 'oversee*'],
  capacity: ['capacit*', 'capabilit*', 'feasib*', 'reasonably available', 'reasonable measures', 'means at its disposal'],
  nature: ['obligation of conduct', 'obligation of result', 'best effort*', 'standard of conduct'],
  transit_states: ['transit*', 'routed through', 'passes through', 'pass through'],
  remedies: ['countermeasure*', 'remed*', 'reparation*', 'retorsion', 'compensation'],
} as const satisfies Record<DimensionKey, readonly string[]>;
