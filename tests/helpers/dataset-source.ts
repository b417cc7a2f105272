/**
 * Writes a research-dataset folder (the shape of ../shared/data: actors.json, positions.json, literature.json,
 * CODEBOOK.md, CHANGELOG.md) from a seed, so the converter can be tested on a clean clone, where ../shared is absent.
 * The inverse of scripts/dataset/source-record.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODEBOOK_VERSION, DIMENSIONS } from '@/lib/domain/codebook';
import type { Seed } from '@/lib/dataset/seed-schema';

type Json = Record<string, unknown>;

/** A CODEBOOK.md the converter's check accepts: the version, and one section with a value table per dimension. */
export function codebookMarkdown(): string {
  const sections = DIMENSIONS.map((d) =>
    [`### ${d.key} — ${d.question}`, '| value | definition |', '|---|---|', ...d.values.map((v) => `| ${v.value} | ${v.label} |`)].join('\n'),
  );
  return `# Codebook, version ${CODEBOOK_VERSION}\n\n${sections.join('\n\n')}\n`;
}

export function positionsOf(seed: Seed): Json[] {
  return seed.actors.flatMap((a) =>
    a.documents.map((d) => {
      const { id, title, title_original, date, type, venue, url, archive_url, language, authors, ...rest } = d;
      const document = { title, title_original, date, type, venue, url, archive_url, language };
      return { id, actor_slug: a.slug, document, ...(authors.length === 1 && authors[0] === a.slug ? {} : { authors }), ...rest };
    }),
  );
}

export function writeDatasetSource(dir: string, seed: Seed): void {
  const write = (name: string, value: unknown) => writeFileSync(join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
  write(
    'actors.json',
    seed.actors.map(({ documents: _documents, ...actor }) => actor),
  );
  write('positions.json', positionsOf(seed));
  write('literature.json', seed.literature);
  writeFileSync(join(dir, 'CODEBOOK.md'), codebookMarkdown());
  if (seed.releaseNotes) writeFileSync(join(dir, 'CHANGELOG.md'), seed.releaseNotes);
}
