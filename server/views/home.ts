import 'server-only';
import { getOverview } from '@/db/queries/overview';
import { todayIso } from '@/lib/domain/dates';
import { viewLoader } from './cache';

/** /: headline figures and applicability today. */
export const loadHomeView = viewLoader(async (today: string) => ({ today, overview: await getOverview(today) }));
export const loadHome = () => loadHomeView(todayIso());
