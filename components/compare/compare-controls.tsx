import Link from 'next/link';
import type { CompareParams } from '@/lib/url/compare-params';
import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import { ActorPicker } from '@/components/filters/actor-picker';
import { DimensionChecks } from '@/components/filters/dimension-fields';
import { ScopeFields } from '@/components/filters/scope-fields';
import { CONFIDENCE_LEVELS, CONFIDENCE_LABELS, type ActorKind } from '@/lib/domain/vocabulary';
import { CODED_COLUMNS, OWN_WORDS } from '@/lib/url/compare-params';
import { OUTCOME_KIND_LABELS } from '@/lib/domain/outcome-text';
import styles from './view-bar.module.css';
import { compareHref } from '@/lib/url/hrefs';

type Option = { slug: string; name: string };
type Props = { params: CompareParams; actors: (Option & { kind: ActorKind })[]; regions: string[]; groups: Option[] };

/**
 * A plain GET form: every control writes a URL parameter, so it works without JavaScript and links can be shared. It
 * sits folded behind the view's one-line summary (view-bar.tsx).
 */
export function CompareControls({ params, actors, regions, groups }: Props) {
  return (
    <form className="filters" method="get" action={compareHref()} aria-label="Choose what to compare">
      <ActorPicker actors={actors} chosen={params.actors} blocs={groups.map((g) => g.slug)} />
      <fieldset className={styles.dimPicker}>
        <legend>Dimensions</legend>
        <DimensionChecks chosen={params.dims} />
      </fieldset>
      <label>
        As of
        <input type="date" name="asOf" defaultValue={params.asOf} required />
      </label>
      <ScopeFields
        kind={params.kind}
        region={params.region}
        group={params.group}
        regions={regions}
        groups={groups}
        anyKindLabel={params.actors.length || params.region || params.group ? 'Any kind' : 'States (default)'}
      />
      <label>
        Holding the value
        <select name="value" defaultValue={params.value ? `${params.value.dimension}:${params.value.value}` : ''}>
          <option value="">Any value</option>
          {DIMENSIONS.filter((d) => d.values.length > 0).map((d) => (
            <optgroup key={d.key} label={DIMENSION_LABELS[d.key]}>
              {d.values.map((v) => (
                <option key={v.value} value={`${d.key}:${v.value}`}>
                  {DIMENSION_LABELS[d.key]}: {v.label}
                </option>
              ))}
              <option value={`${d.key}:not_coded`}>
                {DIMENSION_LABELS[d.key]}: {OUTCOME_KIND_LABELS.not_coded}
              </option>
              <option value={`${d.key}:no_document`}>
                {DIMENSION_LABELS[d.key]}: {OUTCOME_KIND_LABELS.no_document}
              </option>
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        Minimum confidence
        <select name="minConfidence" defaultValue={params.minConfidence ?? ''}>
          <option value="">Any</option>
          {CONFIDENCE_LEVELS.map((c) => (
            <option key={c} value={c}>
              {CONFIDENCE_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className={styles.dimPicker}>
        <legend>Show</legend>
        <label>
          <input type="checkbox" name="evidence" value={OWN_WORDS} defaultChecked={params.ownWords} /> Only values backed by the actor&apos;s own words
        </label>
        <label>
          <input type="checkbox" name="columns" value={CODED_COLUMNS} defaultChecked={params.codedColumns} /> Only dimensions coded for someone in this view
        </label>
      </fieldset>
      {params.view !== 'full' && <input type="hidden" name="view" value={params.view} />}
      {(params.sort.key !== 'name' || params.sort.desc) && <input type="hidden" name="sort" value={`${params.sort.desc ? '-' : ''}${params.sort.key}`} />}
      <button type="submit">Show</button>
      <Link href={compareHref()} className="button secondary">
        Reset
      </Link>
    </form>
  );
}
