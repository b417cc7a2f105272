/**
 * Seed rules that look across records or files (zod checks one field or record at a time): the membership graph,
 * duplicates, vocabularies that live elsewhere, plausible years, quotes that can be traced, the codebook version.
 * Each problem names file, record and field, so a bad seed never reaches the database's bare UNIQUE/CHECK errors.
 */
import { APPLICABILITY_VALUES, CODEBOOK_VERSION } from '@/lib/domain/codebook';
import { GROUP_KINDS } from '@/lib/domain/vocabulary';
import type { ActorFile, Seed } from '@/lib/dataset/seed-schema';

export type RuleIssue = { file: string; record: string; field: string; message: string };
type ActorEntry = { file: string; data: ActorFile };

/** Earliest year a document or literature item may carry (year 0000 is a typing slip, not a date). */
export const MIN_YEAR = 1900;

/** Index of the first earlier entry equal to `items[i]` (by `key`), or -1. */
function earlierDuplicate<T>(items: readonly T[], i: number, key: (t: T) => string): number {
  const k = key(items[i]!);
  return items.findIndex((t, j) => j < i && key(t) === k);
}

function checkDuplicatesIn<T>(items: readonly T[], key: (t: T) => string, report: (i: number, first: number) => void): void {
  items.forEach((_, i) => {
    const first = earlierDuplicate(items, i, key);
    if (first >= 0) report(i, first);
  });
}

function checkMemberships(actors: readonly ActorEntry[], issues: RuleIssue[]): void {
  const bySlug = new Map(actors.map((a) => [a.data.slug, a.data]));
  for (const { file, data } of actors) {
    const record = `"${data.slug}"`;
    data.memberships.forEach((m, i) => {
      const field = `memberships[${i}].group`;
      if (m.group === data.slug) issues.push({ file, record, field, message: 'an actor cannot be a member of itself' });
      const group = bySlug.get(m.group);
      if (group && !GROUP_KINDS.includes(group.kind)) {
        issues.push({
          file,
          record,
          field,
          message: `"${m.group}" is a ${group.kind.replace('_', ' ')}; only ${GROUP_KINDS.join(' or ')} actors have members`,
        });
      }
    });
    checkDuplicatesIn(
      data.memberships,
      (m) => m.group,
      (i, first) => {
        const a = data.memberships[first]!;
        const b = data.memberships[i]!;
        const overlap = (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
        if (overlap)
          issues.push({
            file,
            record,
            field: `memberships[${i}]`,
            message: `repeats the membership of "${b.group}" in memberships[${first}] (the periods overlap)`,
          });
      },
    );
  }
  // Cycles: A in B in … in A. Depth-first search over "member → group" edges, reporting each cycle once at its start.
  const edges = new Map(actors.map((a) => [a.data.slug, [...new Set(a.data.memberships.map((m) => m.group).filter((g) => g !== a.data.slug))]]));
  const state = new Map<string, 'open' | 'done'>();
  const fileOf = new Map(actors.map((a) => [a.data.slug, a.file]));
  const visit = (slug: string, trail: string[]): void => {
    state.set(slug, 'open');
    for (const next of edges.get(slug) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = [...trail.slice(trail.indexOf(next)), slug, next];
        const i = bySlug.get(slug)!.memberships.findIndex((m) => m.group === next);
        issues.push({
          file: fileOf.get(slug)!,
          record: `"${slug}"`,
          field: `memberships[${i}].group`,
          message: `memberships form a cycle: ${cycle.join(' → ')}`,
        });
      } else if (!state.has(next) && edges.has(next)) visit(next, [...trail, slug]);
    }
    state.set(slug, 'done');
  };
  for (const slug of edges.keys()) if (!state.has(slug)) visit(slug, []);
}

function yearProblem(date: string | null): string | null {
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  return year < MIN_YEAR ? `the year ${date.slice(0, 4)} is before ${MIN_YEAR}; dates are written YYYY, YYYY-MM or YYYY-MM-DD` : null;
}

function checkActorsAndDocuments(actors: readonly ActorEntry[], issues: RuleIssue[]): void {
  const iso3 = new Map<string, string>();
  const names = new Map<string, string>();
  for (const { file, data } of actors) {
    const record = `"${data.slug}"`;
    if (data.iso3 !== null) {
      if (iso3.has(data.iso3)) issues.push({ file, record, field: 'iso3', message: `"${data.iso3}" is also the ISO3 code of "${iso3.get(data.iso3)}"` });
      else iso3.set(data.iso3, data.slug);
    }
    const name = data.name.toLocaleLowerCase('en');
    if (names.has(name)) issues.push({ file, record, field: 'name', message: `"${data.name}" is also the name of "${names.get(name)}"` });
    else names.set(name, data.slug);

    data.documents.forEach((d, di) => {
      const doc = `"${d.id}" (documents[${di}])`;
      const year = yearProblem(d.date);
      if (year) issues.push({ file, record: doc, field: 'date', message: year });
      // A quote must be traceable. The one exception is a low-confidence record whose notes say why no source is
      // listed (dataset 1.1 drops unreliable copies of an unofficial translation that way); it is flagged low wherever shown.
      const explained = d.confidence === 'low' && (d.notes ?? '').trim() !== '';
      if (d.quote !== null && d.url === null && d.archive_url === null && d.verified_from.length === 0 && !explained) {
        issues.push({
          file,
          record: doc,
          field: 'quote',
          message: 'a quote needs a source: give url, archive_url or verified_from (or mark the record low confidence and say why in notes)',
        });
      }
      checkDuplicatesIn(
        d.authors,
        (a) => a,
        (i, first) => issues.push({ file, record: doc, field: `authors[${i}]`, message: `"${d.authors[i]}" is already listed in authors[${first}]` }),
      );
      checkDuplicatesIn(
        d.verified_from,
        (u) => u,
        (i, first) => issues.push({ file, record: doc, field: `verified_from[${i}]`, message: `repeats verified_from[${first}]` }),
      );
      checkDuplicatesIn(
        d.not_coded,
        (k) => k,
        (i, first) => issues.push({ file, record: doc, field: `not_coded[${i}]`, message: `"${d.not_coded[i]}" is already listed in not_coded[${first}]` }),
      );
    });
  }
}

function checkLiterature(seed: Seed, file: string, issues: RuleIssue[]): void {
  const views = APPLICABILITY_VALUES as readonly string[];
  seed.literature.forEach((l, li) => {
    const record = `"${l.id}" ([${li}])`;
    const first = earlierDuplicate(seed.literature, li, (x) => x.id);
    if (first >= 0) issues.push({ file, record, field: 'id', message: `is also the id of literature item [${first}]` });
    if (l.view !== null && !views.includes(l.view))
      issues.push({ file, record, field: 'view', message: `must be one of ${views.join(', ')} (the codebook's applicability values)` });
    const year = yearProblem(l.date);
    if (year) issues.push({ file, record, field: 'date', message: year });
    checkDuplicatesIn(
      l.about_actors,
      (a) => a,
      (i, f) => issues.push({ file, record, field: `about_actors[${i}]`, message: `"${l.about_actors[i]}" is already listed in about_actors[${f}]` }),
    );
    if (l.authors) {
      const authors = l.authors;
      checkDuplicatesIn(
        authors,
        (a) => a,
        (i, f) => issues.push({ file, record, field: `authors[${i}]`, message: `"${authors[i]}" is already listed in authors[${f}]` }),
      );
    }
  });
}

/** Every cross-record rule; returns the problems found (empty when the seed is consistent). `files` names literature.json and meta.json as shown. */
/** Codebook versions whose seeds this app can load: the current one and those it only extends. */
const READABLE_CODEBOOK_VERSIONS: readonly string[] = ['1.0.0', CODEBOOK_VERSION];

export function checkGraphRules(actors: readonly ActorEntry[], seed: Seed, files: { literature: string; meta: string }): RuleIssue[] {
  const issues: RuleIssue[] = [];
  checkMemberships(actors, issues);
  checkActorsAndDocuments(actors, issues);
  checkLiterature(seed, files.literature, issues);
  // 1.1.0 only added values, so a 1.0.0 seed still reads correctly (it is how a 1.0 database is brought to 1.1).
  if (!READABLE_CODEBOOK_VERSIONS.includes(seed.meta.codebook_version)) {
    issues.push({
      file: files.meta,
      record: '(meta)',
      field: 'codebook_version',
      message: `"${seed.meta.codebook_version}" is not a codebook this app reads (${READABLE_CODEBOOK_VERSIONS.join(', ')}; current ${CODEBOOK_VERSION})`,
    });
  }
  return issues;
}
