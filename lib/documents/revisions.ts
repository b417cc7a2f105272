/**
 * A document's revisions — desk corrections of its own record and its withdrawal — as stored (before and after
 * snapshots, db/write/document-revisions.ts) and as read publicly: each changed field in words, "was …, now …".
 * Pure: the schema checks the audit event and the rows read back; the wording is shared by every page that shows it.
 */
import { z } from 'zod';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '@/lib/domain/vocabulary';

const reading = z.object({ summary: z.string(), notes: z.string().nullable(), confidence: z.string().nullable(), verifiedFrom: z.array(z.string()) });

/** The record a revision stores before and after: the document's fields, and its authors with our reading for each. */
export const revisionSnapshotSchema = z.object({
  fields: z.object({
    title: z.string(),
    titleOriginal: z.string().nullable(),
    date: z.string(),
    type: z.string(),
    venue: z.string(),
    url: z.string().nullable(),
    archiveUrl: z.string().nullable(),
    language: z.string().nullable(),
  }),
  authors: z.array(z.object({ actor: z.string(), name: z.string(), reading })),
});
export type RevisionSnapshot = z.infer<typeof revisionSnapshotSchema>;

type FieldKey = keyof RevisionSnapshot['fields'];

/** The fields a correction may change, with the words a page uses for them. */
export const DOCUMENT_FIELD_LABELS: [Exclude<FieldKey, 'language'>, string][] = [
  ['title', 'Title'],
  ['titleOriginal', 'Original title'],
  ['date', 'Date'],
  ['type', 'Type'],
  ['venue', 'Venue'],
  ['url', 'Official URL'],
  ['archiveUrl', 'Archive URL'],
];

/** A field's value in words: a date as read and as written, a type by its label, an empty field as "(none)". */
export const shownField = (key: string, v: string | null | undefined): string =>
  v == null ? '(none)' : key === 'date' ? `${formatPartialDate(v)} (${v})` : key === 'type' ? (DOCUMENT_TYPE_LABELS[v as DocumentType] ?? v) : v;

export type FieldChange = { field: string; before: string; after: string };

/** What a correction changed, field by field, in words (authors by name; a reading named by its author). */
export function revisionChanges(before: RevisionSnapshot, after: RevisionSnapshot): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [key, label] of DOCUMENT_FIELD_LABELS) {
    if ((before.fields[key] ?? null) !== (after.fields[key] ?? null))
      out.push({ field: label, before: shownField(key, before.fields[key]), after: shownField(key, after.fields[key]) });
  }
  const names = (s: RevisionSnapshot) => s.authors.map((a) => a.name);
  if ([...names(before)].sort().join('\n') !== [...names(after)].sort().join('\n'))
    out.push({ field: 'Authors', before: names(before).join(', '), after: names(after).join(', ') });
  for (const a of after.authors) {
    const was = before.authors.find((b) => b.actor === a.actor)?.reading;
    if (!was) continue;
    if (was.summary !== a.reading.summary) out.push({ field: `Summary (${a.name})`, before: was.summary, after: a.reading.summary });
    if ((was.notes ?? null) !== (a.reading.notes ?? null))
      out.push({ field: `Public note (${a.name})`, before: was.notes ?? '(none)', after: a.reading.notes ?? '(none)' });
  }
  return out;
}

/** A revision as a page shows it: when, what kind, why, and (a correction) what changed. */
export type DocumentRevisionItem = { kind: 'correction' | 'withdrawal'; at: string; reason: string; changes: FieldChange[] };

/** Reads a stored revision row; a row whose snapshots do not parse is still shown, with its reason and no detail. */
export function revisionItem(row: {
  kind: 'correction' | 'withdrawal';
  createdAt: string;
  reason: string;
  before: unknown;
  after: unknown;
}): DocumentRevisionItem {
  const before = revisionSnapshotSchema.safeParse(row.before);
  const after = revisionSnapshotSchema.safeParse(row.after);
  const changes = row.kind === 'correction' && before.success && after.success ? revisionChanges(before.data, after.data) : [];
  return { kind: row.kind, at: row.createdAt, reason: row.reason, changes };
}
