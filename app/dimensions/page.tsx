import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getCompareVocabulary, getCompareView } from '@/db/queries/compare';
import { DimensionIndex } from '@/components/dimensions/dimension-index';
import { parseCompareParams } from '@/lib/compare-params';

export const metadata: Metadata = { title: 'Dimensions' };

/** Every dimension of the codebook with its question and how many States are coded on it today. */
export default async function DimensionsPage() {
  await connection();
  const { params } = parseCompareParams({}, await getCompareVocabulary());
  const view = await getCompareView(params);
  return <DimensionIndex rows={view.rows} asOf={params.asOf} />;
}
