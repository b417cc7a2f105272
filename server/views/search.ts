import 'server-only';
import { listActors } from '@/db/queries/actors';
import { searchDocuments, searchLiterature } from '@/db/queries/search';
import { searchSourceTexts } from '@/db/queries/sources';
import { actorsMatching, findActorByName } from '@/lib/domain/actor-names';
import { nameIndex, param, type SearchParams } from '@/lib/url/search-params';
import { viewLoader } from './cache';

const SOURCE_HIT_LIMIT = 30;

const load = viewLoader(async (key: string) => {
  const { q, textOnly } = JSON.parse(key) as { q: string; textOnly: boolean };
  const actors = q ? await listActors() : [];
  // A name (or alias, or ISO code) of an actor leads to its page, unless the reader asked for the text only.
  const actor = q && !textOnly ? findActorByName(q, nameIndex(actors)) : null;
  if (actor) return { q, textOnly, actor, actors: [], hits: [], literature: [], sources: [], sourceLimit: SOURCE_HIT_LIMIT };
  const [hits, literature] = q ? await Promise.all([searchDocuments(q), searchLiterature(q)]) : [[], []];
  // The stored sources' own text (issue 21), listed apart from our records.
  const sources = q ? await searchSourceTexts(q, SOURCE_HIT_LIMIT) : [];
  return { q, textOnly, actor: null, actors: actorsMatching(q, actors), hits, literature, sources, sourceLimit: SOURCE_HIT_LIMIT };
});

/**
 * /search: for `q` naming an actor exactly, that actor (the page sends the reader there); otherwise actors whose name
 * matches, full-text hits among documents and quotes, and literature apart. `text=only` skips the actor match.
 */
export const loadSearchView = (sp: SearchParams) => load(JSON.stringify({ q: param(sp, 'q') ?? '', textOnly: param(sp, 'text') === 'only' }));
