import type { Metadata } from 'next';
import { connection } from 'next/server';
import { loadDimensionsIndex } from '@/server/views/dimensions';
import { DimensionIndex } from '@/components/dimensions/dimension-index';

export const metadata: Metadata = { title: 'Dimensions' };

/** Every dimension of the codebook with its question and how many States are coded on it today. */
export default async function DimensionsPage() {
  await connection();
  const { today, coverage } = await loadDimensionsIndex();
  return <DimensionIndex coverage={coverage} asOf={today} />;
}
