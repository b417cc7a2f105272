/** Parameters of /compare/evidence (one matrix cell's deep link): actor, dim, asOf — parsed with notices, written once. */
import { isDimensionKey, type DimensionKey } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { param, parseAsOf, parseSlugs, type SearchParams } from '@/lib/url/search-params';

export type EvidenceParams = { actor: string | null; dim: DimensionKey | null; asOf: string };

export function parseEvidenceParams(
  sp: SearchParams,
  actorSlugs: ReadonlySet<string>,
  today: string = todayIso(),
): { params: EvidenceParams; notices: string[] } {
  const asOf = parseAsOf(sp, today);
  const actor = parseSlugs(sp, 'actor', actorSlugs);
  const dim = param(sp, 'dim');
  const notices = [...asOf.notices, ...actor.notices];
  if (dim && !isDimensionKey(dim)) notices.push(`Unknown dimension "${dim}".`);
  return { params: { actor: actor.value[0] ?? null, dim: dim && isDimensionKey(dim) ? dim : null, asOf: asOf.value }, notices };
}
