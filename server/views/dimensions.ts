import 'server-only';
import { getStateCoverage } from '@/db/queries/coverage';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { viewLoader } from './cache';

/** /dimensions: every dimension of the codebook with today's coverage among the UN member States. */
const load = viewLoader(async (today: string) => ({ today, coverage: await getStateCoverage(today, DIMENSION_KEYS) }));
export const loadDimensionsIndex = () => load(todayIso());
