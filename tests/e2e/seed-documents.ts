/** The seed's documents as the browser tests compute their expectations from them (every author's, joint ones included). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type SeedDocument = { id: string; title: string; date: string; authors: string[]; codings: Record<string, string | undefined> };

export function seedDocuments(): SeedDocument[] {
  const dir = join(process.cwd(), 'seed', 'actors');
  return readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { documents: SeedDocument[] }).documents);
}

/** An actor's documents in date order, joint ones filed under a co-author included. */
export function documentsOf(slug: string): SeedDocument[] {
  return seedDocuments()
    .filter((d) => d.authors.includes(slug))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
