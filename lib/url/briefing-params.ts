/** Parameters of /briefing and /api/v1/briefing: the same link always regenerates the same pack for the same data. */
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import type { Confidence } from '@/lib/domain/vocabulary';
import { param, parseAsOf, parseChoice, parseDimensions, parseMinConfidence, parseSlugs, toQuery, type SearchParams } from '@/lib/url/search-params';

export const TITLE_MAX = 120;
export const PURPOSE_MAX = 300;
export const DEFAULT_TITLE = 'Due diligence in cyberspace: where States stand';
/** The example offered on an empty /briefing: the pack named in issue 5. */
export const EXAMPLE_ACTORS = ['denmark', 'china', 'european-union', 'united-states'];

/**
 * `brief` (the default): the two-page ambassador brief — bottom line, one row per actor, annex. `full`: the full pack —
 * executive summary, matrix of every chosen dimension, a paragraph of statements per actor, method, notes.
 */
export const BRIEFING_LAYOUTS = ['brief', 'full'] as const;
export type BriefingLayout = (typeof BRIEFING_LAYOUTS)[number];
export const BRIEFING_LAYOUT_LABELS: Record<BriefingLayout, string> = {
  brief: 'Two-page brief',
  full: 'Full pack (every statement, changes, summaries)',
};

export type BriefingParams = {
  /** In the order chosen: the brief and the pack list them in this order. */
  actors: string[];
  group: string | null;
  dims: DimensionKey[];
  asOf: string;
  title: string;
  purpose: string | null;
  layout: BriefingLayout;
  /** The brief leaves out values coded below this confidence (saying so); null keeps every value. */
  minConfidence: Confidence | null;
};

function clip(value: string | undefined, max: number, what: string, notices: string[]): string | undefined {
  if (value === undefined || value.length <= max) return value;
  notices.push(`The ${what} was cut to ${max} characters.`);
  return value.slice(0, max);
}

export function parseBriefingParams(
  sp: SearchParams,
  vocab: { actorSlugs: ReadonlySet<string>; actorNames?: ReadonlyMap<string, string>; groups: readonly string[] },
  today: string = todayIso(),
): { params: BriefingParams; notices: string[] } {
  const notices: string[] = [];
  const actors = parseSlugs(sp, 'actors', vocab.actorSlugs, 'actor', vocab.actorNames);
  const group = parseChoice(sp, 'group', vocab.groups, 'group');
  const dims = parseDimensions(sp, 'dims');
  const asOf = parseAsOf(sp, today);
  const title = clip(param(sp, 'title'), TITLE_MAX, 'title', notices) ?? DEFAULT_TITLE;
  const purpose = clip(param(sp, 'purpose'), PURPOSE_MAX, 'purpose line', notices) ?? null;
  const layout = parseChoice(sp, 'layout', BRIEFING_LAYOUTS, 'layout');
  const minConfidence = parseMinConfidence(sp);
  if (layout.value === 'full' && minConfidence.value)
    notices.push('Leaving out low-confidence values applies to the two-page brief; the full pack flags them instead.');
  return {
    params: {
      actors: actors.value,
      group: group.value,
      dims: dims.value ?? [...DIMENSION_KEYS],
      asOf: asOf.value,
      title,
      purpose,
      layout: (layout.value as BriefingLayout | null) ?? 'brief',
      minConfidence: minConfidence.value,
    },
    notices: [...actors.notices, ...group.notices, ...dims.notices, ...asOf.notices, ...layout.notices, ...minConfidence.notices, ...notices],
  };
}

export function hasSelection(p: BriefingParams): boolean {
  return p.actors.length > 0 || p.group !== null;
}

export function briefingQuery(p: BriefingParams, extra: Record<string, string> = {}): string {
  return toQuery({
    actors: p.actors,
    group: p.group,
    dims: p.dims.length === DIMENSION_KEYS.length ? null : p.dims,
    asOf: p.asOf,
    title: p.title === DEFAULT_TITLE ? null : p.title,
    purpose: p.purpose,
    layout: p.layout === 'brief' ? null : p.layout,
    minConfidence: p.minConfidence,
    ...extra,
  });
}

const CONTENT_TYPES = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', md: 'text/markdown; charset=utf-8' } as const;

/** File name (with the as-of date) and content type of a download; the page's links use the same names. */
export function briefingDownload(asOf: string, format: keyof typeof CONTENT_TYPES) {
  return { name: `due-diligence-briefing-${asOf}.${format}`, contentType: CONTENT_TYPES[format] };
}
