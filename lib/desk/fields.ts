/**
 * The desk's forms and their fields, defined once. Each field is named by its payload path ("document.title",
 * "passages[0].quote", "codings.applicability"), so the write layer's per-field errors land on it. The same map gives
 * every form control its label, hint and id, tells the error summary what to call a field and where to link, and says
 * which errors have no field of their own (hidden inputs) and belong to the whole form. Pure.
 */
import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/domain/codebook';

export type FieldSpec = {
  label: string;
  hint?: string;
  required?: boolean;
  /** The fieldset a field sits in, named in the error summary ("New actor: Name"). `{n}` is the slot number. */
  group?: string;
  /** Sent as a hidden input: its errors are told at the top of the form, with no link. */
  hidden?: boolean;
};

const reason = (label: string, hint?: string): FieldSpec => ({ label, required: true, hint });

/** Values (dimensions that have values) and words for the new-document form's coding section. */
const CODING_FIELDS: Record<string, FieldSpec> = Object.fromEntries([
  ...DIMENSIONS.filter((d) => d.values.length > 0).map((d) => [`codings.${d.key}`, { label: DIMENSION_LABELS[d.key], hint: d.question, group: 'Coding' }]),
  ['codings.thresholdText', { label: 'The actor’s words on the harm threshold', group: 'Coding' }],
  ['codings.remedies', { label: DIMENSION_LABELS.remedies, hint: DIMENSIONS.find((d) => d.key === 'remedies')!.question, group: 'Coding' }],
]);

const PASSAGE = 'Passage {n}';

/** The source file and what the editor says about it (a new document's file, or "Attach the source file"). */
const sourceFields = (group: string): Record<string, FieldSpec> => ({
  file: {
    label: 'Source file',
    group,
    hint: 'PDF, DOCX, HTML or plain text, as published. After a preview or a refusal choose it again: browsers do not keep a chosen file.',
  },
  'source.originalUrl': { label: 'Where you obtained it (URL)', hint: 'Optional: http or https.', group },
  'source.obtainedOn': { label: 'Date you obtained it', hint: 'YYYY-MM-DD.', group },
  'source.redistribution': { label: 'Offer the stored file for download?', group },
  'source.redistributionReason': {
    label: 'Why (shown to readers)',
    hint: 'Needed when you choose yes or no, e.g. “Published under CC BY 4.0” or “The publisher keeps the rights”.',
    group,
  },
});

/** The fields of one coding (a new coding of a dimension, or a correction of one). */
const codingFields = (valueLabel: string, reasonLabel: string): Record<string, FieldSpec> => ({
  codingId: { label: 'The coding', hidden: true },
  documentSlug: { label: 'The document', hidden: true },
  actorSlug: { label: 'The actor', hidden: true },
  dimension: { label: 'Dimension', required: true },
  value: { label: valueLabel },
  freeText: { label: 'The actor’s words (free text)' },
  confidence: { label: 'Confidence', required: true },
  confidenceReason: { label: 'Why this confidence' },
  'passage.quote': { label: 'Quote', group: 'Supporting passage' },
  'passage.locator': { label: 'Locator', group: 'Supporting passage' },
  'passage.role': { label: 'What the quote is', group: 'Supporting passage' },
  passage: { label: 'Supporting passage', hidden: true },
  summary: { label: 'Summary for this coding (optional)' },
  reason: reason(reasonLabel, 'Shown publicly with the change, e.g. “The English translation reads ‘shall’, not ‘should’”.'),
});

/** What a document is (title, date, type, venue, addresses): the new-document form and a document's correction share these. */
const DOCUMENT_RECORD_FIELDS: Record<string, FieldSpec> = {
  'document.title': { label: 'Title', required: true, group: 'Document' },
  'document.titleOriginal': { label: 'Original title', hint: 'If the document is not in English.', group: 'Document' },
  'document.date': {
    label: 'Date',
    required: true,
    group: 'Document',
    hint: 'As precise as the document says: YYYY-MM-DD (day), YYYY-MM (month) or YYYY (year). The precision follows from what you write.',
  },
  'document.type': { label: 'Type', required: true, group: 'Document' },
  'document.language': { label: 'Language', hint: 'ISO 639 code, e.g. en, fr, es.', group: 'Document' },
  'document.venue': { label: 'Venue', required: true, group: 'Document', hint: 'Where it was issued or delivered, e.g. UN OEWG 2021–2025, fifth session.' },
  'document.url': { label: 'Official URL', hint: 'http or https.', group: 'Document' },
  'document.archiveUrl': { label: 'Archive URL', hint: 'A permanent copy, e.g. in a web archive.', group: 'Document' },
};

export const DESK_FORMS = {
  document: {
    actorSlug: { label: 'Filed under', hint: 'Choose a tracked actor, or leave “New actor” and fill in the fields below.', group: 'Actor' },
    'newActor.name': { label: 'Name', group: 'New actor' },
    'newActor.slug': { label: 'Slug', hint: 'Optional: made from the name.', group: 'New actor' },
    'newActor.kind': { label: 'Kind', group: 'New actor' },
    'newActor.iso3': { label: 'ISO 3166 alpha-3 code', hint: 'Required for a State.', group: 'New actor' },
    'newActor.region': { label: 'Region', group: 'New actor' },
    'newActor.subregion': { label: 'Subregion', group: 'New actor' },
    'newActor.unRegionalGroup': { label: 'UN regional group', group: 'New actor' },
    coAuthors: { label: 'Co-authors (joint documents)', hint: 'Optional. Hold Ctrl (Cmd on a Mac) to choose several.', group: 'Actor' },
    ...DOCUMENT_RECORD_FIELDS,
    'document.slug': { label: 'Document id', hidden: true },
    passages: { label: 'Passages', group: 'Passages' },
    'passages[].quote': { label: 'Quote', hint: 'Exactly as in the document.', group: PASSAGE },
    'passages[].locator': { label: 'Locator', hint: 'Page, paragraph or section.', group: PASSAGE },
    'passages[].role': { label: 'What the quote is', group: PASSAGE },
    ...CODING_FIELDS,
    confidence: { label: 'Confidence', group: 'Coding' },
    confidenceReason: { label: 'Why this confidence', hint: 'E.g. read in the original; only a summary was available; translation.', group: 'Coding' },
    summary: { label: 'Summary', required: true, group: 'Our reading' },
    sources: { label: 'Sources (one URL per line)', hint: 'Where you verified the document and the quotes.', group: 'Our reading' },
    publicNote: { label: 'Public note', group: 'Our reading' },
    ...sourceFields('Source file (optional)'),
    reason: reason('Reason for this proposal', 'Recorded with the proposal and shown with the change, e.g. “New national position published”.'),
  },
  coding: codingFields('Value', 'Reason for this coding'),
  source: {
    documentSlug: { label: 'The document', hidden: true },
    ...sourceFields('Source file'),
    reason: reason('Reason for this proposal', 'Recorded with the proposal, e.g. “The ministry published the signed text”.'),
  },
  correction: codingFields('New value', 'Reason for the correction'),
  withdrawal: {
    codingId: { label: 'The coding', hidden: true },
    reason: reason('Reason for the withdrawal', 'Shown publicly with the withdrawal, e.g. “The passage is about sovereignty, not due diligence”.'),
  },
  'document-correction': {
    documentSlug: { label: 'The document', hidden: true },
    actorSlug: { label: 'The actor', hidden: true },
    ...DOCUMENT_RECORD_FIELDS,
    authors: { label: 'Authors', hint: 'Every State or organisation that issued it. Hold Ctrl (Cmd on a Mac) to choose several.', group: 'Document' },
    summary: { label: 'Summary', required: true, group: 'Our reading' },
    notes: { label: 'Public note', group: 'Our reading' },
    reason: reason('Reason for the correction', 'Shown publicly with the correction, e.g. “The speech was given on 29 May, not in June”.'),
  },
  'document-withdrawal': {
    documentSlug: { label: 'The document', hidden: true },
    actorSlug: { label: 'The actor', hidden: true },
    reason: reason('Reason for withdrawing the document', 'Shown publicly, e.g. “The same speech is already tracked as …”.'),
  },
  review: {
    proposalId: { label: 'The proposal', hidden: true },
    decision: { label: 'Decision', hidden: true },
    confirmNotDuplicate: { label: 'I have compared it with the documents flagged above: it is a different document' },
    overrideQuotes: { label: 'Publish although a quote is not found word for word in the stored source' },
    overrideReason: {
      label: 'Why the quote may be published',
      hint: 'Recorded in the audit log with the quote, e.g. “the stored copy is the draft; the final text has these words”.',
    },
    reason: reason('Reason for your decision', 'Recorded in the audit log; a rejection’s reason is shown to the author.'),
  },
  user: {
    email: { label: 'Email', required: true },
    name: { label: 'Name', required: true, hint: 'Shown in the audit log and on proposals.' },
    role: { label: 'Role', required: true },
    password: { label: 'Password' },
  },
  role: { userId: { label: 'The account', hidden: true }, role: { label: 'Role' } },
  account: { userId: { label: 'The account', hidden: true } },
  'self-review': { enabled: { label: 'Setting', hidden: true }, reason: reason('Reason') },
  'sign-in': {
    email: { label: 'Email', required: true },
    password: { label: 'Password', required: true },
    next: { label: 'Return address', hidden: true },
  },
} as const satisfies Record<string, Record<string, FieldSpec>>;

export type DeskForm = keyof typeof DESK_FORMS;

/** "passages[2].quote" → "passages[].quote": the map names repeated fields once. */
const pattern = (name: string) => name.replace(/\[\d+\]/g, '[]');
const slotOf = (name: string) => Number(/\[(\d+)\]/.exec(name)?.[1] ?? -1);

export function fieldSpec(form: DeskForm, name: string): FieldSpec | null {
  const fields: Record<string, FieldSpec> = DESK_FORMS[form];
  return fields[name] ?? fields[pattern(name)] ?? null;
}

/**
 * The element id of a field: prefixed with the form (and, for a form repeated on one page, an instance such as a
 * user id), so two forms on a page never share an id and a label always points to its own field.
 */
export function fieldId(form: DeskForm, name: string, instance?: string): string {
  const safe = (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, '-');
  return `${form}${instance ? `-${safe(instance)}` : ''}-${safe(name)}`;
}

/** What the error summary calls a field: its group and label, with the slot number of a repeated field. */
export function summaryLabel(form: DeskForm, name: string): string {
  const spec = fieldSpec(form, name);
  if (!spec) return 'This form';
  const group = spec.group?.replace('{n}', String(slotOf(name) + 1));
  return group && group !== spec.label ? `${group}: ${spec.label}` : spec.label;
}

/** The map's order of fields, so the summary lists errors in the order the form shows them. */
function orderOf(form: DeskForm, name: string): number {
  const keys = Object.keys(DESK_FORMS[form]);
  const i = keys.indexOf(name) >= 0 ? keys.indexOf(name) : keys.indexOf(pattern(name));
  return (i < 0 ? keys.length : i) * 1000 + Math.max(slotOf(name), 0);
}

export type ErrorItem = { name: string; label: string; messages: string[]; href: string | null };

/** The error summary's list: one entry per field, in form order, linking to the field unless it is hidden. */
export function errorItems(form: DeskForm, errors: Record<string, string[]>, instance?: string): ErrorItem[] {
  return Object.entries(errors)
    .filter(([, messages]) => messages.length > 0)
    .sort(([a], [b]) => orderOf(form, a) - orderOf(form, b))
    .map(([name, messages]) => {
      const spec = fieldSpec(form, name);
      const linked = spec !== null && !spec.hidden;
      return { name, label: summaryLabel(form, name), messages, href: linked ? `#${fieldId(form, name, instance)}` : null };
    });
}
