import 'server-only';
import { listActors } from '@/db/queries/actors';
import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { buildBriefing } from '@/lib/briefing/model';
import { hasSelection, parseBriefingParams } from '@/lib/url/briefing-params';
import { todayIso } from '@/lib/domain/dates';
import { nameIndex, type SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const [vocab, actors] = await Promise.all([getBriefingVocabulary(), listActors()]);
  const today = todayIso();
  const { params, notices } = parseBriefingParams(fromSearchKey(key), { ...vocab, actorNames: nameIndex(actors) }, today);
  const pack = hasSelection(params) ? buildBriefing(await getBriefingInput(params, today)) : null;
  return { vocab, today, params, notices, actors, pack };
});

/** /briefing and /api/v1/briefing: the pack model (null until something is chosen) and the form's lists. */
export const loadBriefingView = (sp: SearchParams) => load(searchKey(sp));
