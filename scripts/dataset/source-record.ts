/**
 * The research dataset's record shape (positions.json) and ours (seed/actors/<slug>.json), and the problems a
 * conversion reports in the dataset's own terms: the file, the record id and the dataset's field name.
 */
import { CODEBOOK_VERSION, DIMENSIONS } from '@/lib/domain/codebook';

export type Json = Record<string, unknown>;
export type DatasetIssue = { file: string; record: string; field: string; message: string };

/** A dataset that cannot be converted; the message lists every problem, one a line. Nothing was written. */
export class DatasetError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    super(
      `The dataset has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was written:\n` +
        issues.map((i) => `  ${i.file}: record ${i.record}: field "${i.field}": ${i.message}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

/** Seed fields that live under `document` in positions.json. */
const DOCUMENT_FIELDS = new Set(['title', 'title_original', 'date', 'type', 'venue', 'url', 'archive_url', 'language']);

/** A path inside one seed document record, written as the dataset's field (e.g. ["title"] → "document.title"). */
export function sourceField(path: readonly PropertyKey[]): string {
  const text = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
  if (text === '') return '(whole record)';
  return DOCUMENT_FIELDS.has(String(path[0])) ? `document.${text}` : text;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One positions.json record in the seed's shape (unvalidated: the seed schema checks it next), or null with an issue. */
export function fromSourceRecord(r: Json, issues: DatasetIssue[]): Json | null {
  const record = `"${String(isObject(r) ? (r.id ?? '(no id)') : '(not an object)')}"`;
  if (!isObject(r)) return (issues.push({ file: 'positions.json', record, field: '(whole record)', message: 'must be a JSON object' }), null);
  if (!isObject(r.document)) return (issues.push({ file: 'positions.json', record, field: 'document', message: 'must be an object' }), null);
  if (typeof r.actor_slug !== 'string') return (issues.push({ file: 'positions.json', record, field: 'actor_slug', message: 'must be a slug' }), null);
  // From dataset 1.1 every quote says whether it is the due-diligence wording or context; never guess it.
  if (r.quote && !r.quote_role) {
    issues.push({ file: 'positions.json', record, field: 'quote_role', message: 'a quote needs a role (due_diligence or context)' });
    return null;
  }
  const doc = r.document;
  return {
    id: r.id,
    title: doc.title,
    title_original: doc.title_original ?? null,
    date: doc.date,
    type: doc.type,
    venue: doc.venue,
    url: doc.url ?? null,
    archive_url: doc.archive_url ?? null,
    language: doc.language ?? null,
    authors: r.authors ?? [r.actor_slug],
    summary: r.summary,
    quote: r.quote ?? null,
    quote_locator: r.quote_locator ?? null,
    quote_role: r.quote_role ?? null,
    confidence: r.confidence ?? null,
    coding_confidence: r.coding_confidence ?? {},
    notes: r.notes ?? null,
    verified_from: r.verified_from ?? [],
    codings: r.codings ?? {},
    not_coded: r.not_coded ?? [],
  };
}

/** Refuses a CODEBOOK.md that lists a dimension or value lib/domain/codebook.ts does not (or the reverse). */
export function checkCodebook(markdown: string, ourVersion: string = CODEBOOK_VERSION): void {
  const issue = (message: string) => new DatasetError([{ file: 'CODEBOOK.md', record: '(codebook)', field: 'version', message }]);
  const theirs = /version ([\d.]+)/.exec(markdown)?.[1];
  if (theirs !== ourVersion) throw issue(`is version ${theirs}; lib/domain/codebook.ts is ${ourVersion}: update lib/domain/codebook.ts first`);
  const fromMarkdown = new Map<string, string[]>();
  for (const section of markdown.split(/^### /m).slice(1)) {
    const key = /^(\w+) —/.exec(section)?.[1];
    if (key)
      fromMarkdown.set(
        key,
        [...section.matchAll(/^\| (\w+) \|/gm)].map((m) => m[1]!).filter((v) => v !== 'value'),
      );
  }
  const problems: DatasetIssue[] = [];
  for (const d of DIMENSIONS) {
    const values = fromMarkdown.get(d.key);
    const ours = d.values.map((v) => v.value);
    if (!values) problems.push({ file: 'CODEBOOK.md', record: `"${d.key}"`, field: 'dimension', message: 'is missing' });
    else if (values.join() !== ours.join())
      problems.push({
        file: 'CODEBOOK.md',
        record: `"${d.key}"`,
        field: 'values',
        message: `${values.join(', ')} differ from lib/domain/codebook.ts (${ours.join(', ')})`,
      });
  }
  for (const key of fromMarkdown.keys()) {
    if (!DIMENSIONS.some((d) => d.key === key))
      problems.push({ file: 'CODEBOOK.md', record: `"${key}"`, field: 'dimension', message: 'is not in lib/domain/codebook.ts' });
  }
  if (problems.length) throw new DatasetError(problems);
}
