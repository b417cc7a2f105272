import { actors } from '@/db/schema';

/** The actor fields every list, matrix row and evidence read shows (one selection, so the shapes cannot drift). */
export const actorSummaryColumns = {
  id: actors.id,
  slug: actors.slug,
  name: actors.name,
  kind: actors.kind,
  iso3: actors.iso3,
  region: actors.region,
  unRegionalGroup: actors.unRegionalGroup,
};
