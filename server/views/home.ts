import 'server-only';
import { listStateOutcomes } from '@/db/queries/map';
import { getOverview } from '@/db/queries/overview';
import { todayIso } from '@/lib/domain/dates';
import { buildMapModel } from '@/lib/map/map-model';
import { worldGeometry } from '@/lib/map/world-geometry';
import { viewLoader } from './cache';

/** /: headline figures, applicability today, and the small world map. */
export const loadHomeView = viewLoader(async (today: string) => {
  const [overview, outcomes] = await Promise.all([getOverview(today), listStateOutcomes('applicability', today)]);
  return { today, overview, map: buildMapModel('applicability', outcomes, worldGeometry(0)) };
});
export const loadHome = () => loadHomeView(todayIso());
