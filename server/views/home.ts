import 'server-only';
import { listStateOutcomes } from '@/db/queries/map';
import { getOverview } from '@/db/queries/overview';
import { todayIso } from '@/lib/domain/dates';
import { countStates } from '@/lib/domain/state-counts';
import { buildMapModel } from '@/lib/map/map-model';
import { worldGeometry } from '@/lib/map/world-geometry';
import { viewLoader } from './cache';

/** /: headline figures, the States by applicability today (with their names), and the small world map. */
export const loadHomeView = viewLoader(async (today: string) => {
  const [overview, outcomes] = await Promise.all([getOverview(), listStateOutcomes('applicability', today)]);
  // The map and the counts read the same outcomes, so the picture and the figures cannot disagree.
  const applicability = countStates(
    'applicability',
    today,
    outcomes.map((s) => ({ ...s, kind: 'state' as const })),
  );
  return { today, overview, applicability, map: buildMapModel('applicability', outcomes, worldGeometry()) };
});
export const loadHome = () => loadHomeView(todayIso());
