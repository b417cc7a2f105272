/**
 * The one line that says what the matrix shows ("70 States with a document × 9 dimensions, as of 6 December 2026,
 * sorted by name"), so the filters can stay folded behind a "Change" control. Pure.
 */
import { DIMENSION_LABELS, DIMENSION_KEYS, valueLabel, type DimensionKey } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { listNames } from '@/lib/domain/list-names';
import { plural } from '@/lib/domain/plural';
import { stateCountText } from '@/lib/domain/state-counts';
import { OUTCOME_KIND_LABELS } from '@/lib/domain/outcome-text';
import { CONFIDENCE_LABELS, type ActorKind } from '@/lib/domain/vocabulary';
import type { CompareParams } from '@/lib/url/compare-params';

type Named = { slug: string; name: string };

/** "Denmark, China and Japan"; beyond `max` names, "Denmark, China, Japan and 4 more". */
function someNames(names: readonly string[], max: number): string {
  return names.length <= max ? listNames.join(names) : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

const KIND_PLURALS: Record<ActorKind, readonly [string, string]> = {
  state: ['State', 'States'],
  regional_org: ['regional organisation', 'regional organisations'],
  multilateral: ['multilateral body', 'multilateral bodies'],
  expert_body: ['expert body', 'expert bodies'],
  court: ['court', 'courts'],
};

export type ViewSummary = { scope: string; columns: string; asOf: string; filters: string[] };

function scopeText(p: CompareParams, rowCount: number, names: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (p.actors.length)
    parts.push(
      someNames(
        p.actors.map((s) => names.get(s) ?? s),
        4,
      ),
    );
  if (p.group) parts.push(`the members of ${names.get(p.group) ?? p.group} (with its own position first)`);
  if (parts.length) return parts.join(' and ');
  const [one, many] = p.kind ? KIND_PLURALS[p.kind] : p.region ? ['actor', 'actors'] : KIND_PLURALS.state;
  const where = p.region ? ` in ${p.region}` : '';
  const docs = !p.showUndocumented && !p.region && (!p.kind || p.kind === 'state') ? ' with a document' : '';
  return `${plural(rowCount, one, many)}${where}${docs}`;
}

/** The words of a value filter's value: the codebook's label, or "Not yet coded" / "No document tracked". */
function filterLabel(v: NonNullable<CompareParams['value']>): string {
  return v.value === 'not_coded' || v.value === 'no_document' ? OUTCOME_KIND_LABELS[v.value] : valueLabel(v.dimension, v.value);
}

/**
 * The count behind a value filter, in the words every page counts in (lib/domain/state-counts.ts): "Holding “Binding
 * obligation” on applicability as of 6 December 2026: 23 States" — States only, organisations listed beside them named
 * as such and never added in.
 */
export function valueCountText(v: { dimension: DimensionKey; key: string; states: { count: number }; otherActors: number }, asOf: string): string {
  const label = filterLabel({ dimension: v.dimension, value: v.key });
  const what =
    v.key === 'not_coded' || v.key === 'no_document'
      ? `${label} on ${DIMENSION_LABELS[v.dimension].toLowerCase()}`
      : `Holding “${label}” on ${DIMENSION_LABELS[v.dimension].toLowerCase()}`;
  return `${what} as of ${formatPartialDate(asOf)}: ${stateCountText({ count: v.states.count, otherActors: v.otherActors })}.`;
}

export function viewSummary(p: CompareParams, dims: readonly DimensionKey[], rowCount: number, actors: readonly Named[]): ViewSummary {
  const names = new Map(actors.map((a) => [a.slug, a.name]));
  const columns =
    dims.length === DIMENSION_KEYS.length
      ? 'every dimension'
      : dims.length <= 3
        ? listNames.join(dims.map((d) => DIMENSION_LABELS[d]))
        : plural(dims.length, 'dimension');
  const filters: string[] = [];
  if (p.value) filters.push(`holding “${filterLabel(p.value)}” on ${DIMENSION_LABELS[p.value.dimension].toLowerCase()}`);
  if (p.minConfidence) filters.push(`values of ${CONFIDENCE_LABELS[p.minConfidence].toLowerCase()} or higher`);
  if (p.ownWords) filters.push('values backed by the actor’s own words');
  if (p.codedColumns) filters.push('only dimensions coded in this view');
  filters.push(p.sort.key === 'name' ? `sorted by name${p.sort.desc ? ' (Z–A)' : ''}` : `sorted by ${DIMENSION_LABELS[p.sort.key].toLowerCase()}`);
  return { scope: scopeText(p, rowCount, names), columns, asOf: formatPartialDate(p.asOf), filters };
}
