import 'server-only';
import { db } from '@/db/client';
import { datasetMeta } from '@/db/schema';

export type DatasetMeta = {
  datasetVersion: string | null;
  convertedOn: string | null;
  codebookVersion: string | null;
  seededAt: string | null;
  /** From the dataset's README since 1.1 (scripts/dataset-release.ts): "1.1", "2026-12-01", the citation it asks for. */
  release: string | null;
  releaseDate: string | null;
  citation: string | null;
};

export async function getDatasetMeta(): Promise<DatasetMeta> {
  const rows = new Map(db.select().from(datasetMeta).all().map((r) => [r.key, r.value]));
  return {
    datasetVersion: rows.get('dataset_version') ?? null,
    convertedOn: rows.get('converted_on') ?? null,
    codebookVersion: rows.get('codebook_version') ?? null,
    seededAt: rows.get('seeded_at') ?? null,
    release: rows.get('release') ?? null,
    releaseDate: rows.get('release_date') ?? null,
    citation: rows.get('citation') ?? null,
  };
}
