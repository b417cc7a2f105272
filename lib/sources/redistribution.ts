/**
 * May a stored source file be offered for download? The default follows who issued the document: official documents
 * of governments, intergovernmental organisations (the UN and regional bodies) and international courts are public
 * records published for anyone to read, so on; expert manuals and anything with a non-official author keep their
 * publisher's rights, so off. An editor (or `source:add --no-redistribute --reason …`) can always turn it off, with
 * the reason shown to readers.
 */
import type { ActorKind, DocumentType } from '@/lib/domain/vocabulary';

export type Redistribution = { allowed: boolean; reason: string };

const OFFICIAL: Partial<Record<ActorKind, string>> = {
  state: 'a government',
  regional_org: 'an intergovernmental organisation',
  multilateral: 'an intergovernmental organisation',
  court: 'an international court',
};

export function defaultRedistribution(type: DocumentType, authorKinds: readonly ActorKind[]): Redistribution {
  const issuers = [...new Set(authorKinds.map((k) => OFFICIAL[k] ?? null))];
  if (authorKinds.length === 0 || issuers.includes(null) || type === 'manual') {
    return {
      allowed: false,
      reason: 'Not an official government or UN document: its authors or publisher keep the rights. Read it at the original address.',
    };
  }
  const by = issuers.length === 1 ? issuers[0] : 'governments and intergovernmental organisations';
  return { allowed: true, reason: `Official document of ${by}, published for the public record.` };
}
