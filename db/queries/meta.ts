import 'server-only';
import { db } from '@/db/client';
import { ne } from 'drizzle-orm';
import { datasetMeta, RELEASE_NOTES_KEY } from '@/db/schema';

export type DatasetMeta = {
  datasetVersion: string | null;
  /** The curators' release ("1.1") and its date, from seed/meta.json (dataset 1.1 on). */
  datasetRelease: string | null;
  releaseDate: string | null;
  convertedOn: string | null;
  codebookVersion: string | null;
  seededAt: string | null;
};

export async function getDatasetMeta(): Promise<DatasetMeta> {
  const rows = new Map(
    db
      .select()
      .from(datasetMeta)
      .where(ne(datasetMeta.key, RELEASE_NOTES_KEY)) // the release notes are long and read by /data alone
      .all()
      .map((r) => [r.key, r.value]),
  );
  return {
    datasetVersion: rows.get('dataset_version') ?? null,
    datasetRelease: rows.get('dataset_release') ?? null,
    releaseDate: rows.get('release_date') ?? null,
    convertedOn: rows.get('converted_on') ?? null,
    codebookVersion: rows.get('codebook_version') ?? null,
    seededAt: rows.get('seeded_at') ?? null,
  };
}
