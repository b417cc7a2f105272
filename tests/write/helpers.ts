/** Shared by the write-layer tests: desk users, a valid new-document payload, and a whole-database fingerprint. */
import { db } from '@/db/client';
import type { Writer } from '@/db/write/writer';
import type { NewDocumentPayloadInput } from '@/lib/editorial/payloads';

export const editor: Writer = { userId: 'user-editor', role: 'editor', label: 'Eda Editor' };
export const editor2: Writer = { userId: 'user-editor-2', role: 'editor', label: 'Ed Second' };
export const reviewer: Writer = { userId: 'user-reviewer', role: 'reviewer', label: 'Rex Reviewer' };
export const admin: Writer = { userId: 'user-admin', role: 'admin', label: 'Ada Admin' };

/** A State we do not track, with one document, two codings and a quote. */
export function newStatePayload(slug = 'ruritania'): NewDocumentPayloadInput {
  return {
    kind: 'new_document',
    actorSlug: slug,
    newActor: { slug, name: 'Ruritania', kind: 'state', iso3: 'RUR', region: 'Europe', subregion: null, unRegionalGroup: 'WEOG' },
    document: {
      title: 'Ruritania’s position on international law in cyberspace',
      date: '2026-03',
      type: 'position_paper',
      venue: 'Ministry of Foreign Affairs of Ruritania',
      url: 'https://example.org/ruritania-2026',
    },
    passages: [{ quote: 'Ruritania considers due diligence a binding obligation.', locator: 'para. 12', role: 'due_diligence' }],
    codings: { applicability: 'binding_obligation', knowledge: 'actual_or_constructive' },
    confidence: 'medium',
    confidenceReason: 'Read in the official English text.',
    sources: ['https://example.org/ruritania-2026'],
    summary: 'Ruritania recognises a binding obligation of due diligence, including constructive knowledge.',
    publicNote: null,
  };
}

/** Row counts of every table (FTS shadow tables included): "nothing changed" means these are equal. */
export function tableCounts(): Record<string, number> {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

export function dump(table: string): unknown[] {
  return db.$client.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
}
