import 'server-only';
import { listActors } from '@/db/queries/actors';
import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { buildBrief } from '@/lib/briefing/brief-model';
import { buildBriefing } from '@/lib/briefing/model';
import { hasSelection, parseBriefingParams } from '@/lib/url/briefing-params';
import { todayIso } from '@/lib/domain/dates';
import { nameIndex, type SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const [vocab, actors] = await Promise.all([getBriefingVocabulary(), listActors()]);
  const today = todayIso();
  const { params, notices } = parseBriefingParams(fromSearchKey(key), { ...vocab, actorNames: nameIndex(actors) }, today);
  const input = hasSelection(params) ? await getBriefingInput(params, today) : null;
  // One of the two layouts, from the same input: the two-page brief by default, the full pack with layout=full.
  const brief = input && params.layout === 'brief' ? buildBrief(input, params.minConfidence) : null;
  const pack = input && params.layout === 'full' ? buildBriefing(input) : null;
  return { vocab, today, params, notices, actors, brief, pack };
});

/** /briefing and /api/v1/briefing: the brief or the full pack (null until something is chosen) and the form's lists. */
export const loadBriefingView = (sp: SearchParams) => load(searchKey(sp));
