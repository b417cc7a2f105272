import 'server-only';
import { db } from '@/db/client';
import { datasetMeta } from '@/db/schema';

export type DatasetMeta = {
  datasetVersion: string | null;
  convertedOn: string | null;
  codebookVersion: string | null;
  seededAt: string | null;
  /** The curators' release and its date since dataset 1.1 ("1.1", "2026-12-01"), as the converter writes them into seed/meta.json. */
  release: string | null;
  releaseDate: string | null;
};

export async function getDatasetMeta(): Promise<DatasetMeta> {
  const rows = new Map(db.select().from(datasetMeta).all().map((r) => [r.key, r.value]));
  return {
    datasetVersion: rows.get('dataset_version') ?? null,
    convertedOn: rows.get('converted_on') ?? null,
    codebookVersion: rows.get('codebook_version') ?? null,
    seededAt: rows.get('seeded_at') ?? null,
    release: rows.get('dataset_release') ?? null,
    releaseDate: rows.get('release_date') ?? null,
  };
}
