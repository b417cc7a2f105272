import Link from 'next/link';
import type { CompareParams } from '@/lib/compare-params';
import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/codebook';
import { ACTOR_KINDS, ACTOR_KIND_LABELS, CONFIDENCE_LEVELS, CONFIDENCE_LABELS, type ActorKind } from '@/lib/domain';
import { OUTCOME_KIND_LABELS } from '@/lib/outcome-text';
import styles from './compare.module.css';

type Option = { slug: string; name: string };
type Props = { params: CompareParams; actors: (Option & { kind: ActorKind })[]; regions: string[]; groups: Option[] };

/** A plain GET form: every control writes a URL parameter, so it works without JavaScript and links can be shared. */
export function CompareControls({ params, actors, regions, groups }: Props) {
  const chosen = new Set(params.actors);
  return (
    <form className="filters" method="get" action="/compare" aria-label="Choose what to compare">
      <details>
        <summary>Actors ({params.actors.length ? `${params.actors.length} chosen` : 'none chosen: filters below apply'})</summary>
        <fieldset className={styles.actorPicker}>
          <legend className="visually-hidden">Actors</legend>
          {ACTOR_KINDS.map((kind) => {
            const ofKind = actors.filter((a) => a.kind === kind);
            return ofKind.length === 0 ? null : (
              <div key={kind}>
                <p className={styles.kindHeading}>{ACTOR_KIND_LABELS[kind]}</p>
                {ofKind.map((a) => (
                  <label key={a.slug}>
                    <input type="checkbox" name="actors" value={a.slug} defaultChecked={chosen.has(a.slug)} /> {a.name}
                  </label>
                ))}
              </div>
            );
          })}
        </fieldset>
      </details>
      <fieldset className={styles.dimPicker}>
        <legend>Dimensions</legend>
        {DIMENSIONS.map((d) => (
          <label key={d.key}>
            <input type="checkbox" name="dims" value={d.key} defaultChecked={params.dims.includes(d.key)} /> {DIMENSION_LABELS[d.key]}
          </label>
        ))}
      </fieldset>
      <label>
        As of
        <input type="date" name="asOf" defaultValue={params.asOf} required />
      </label>
      <label>
        Kind
        <select name="kind" defaultValue={params.kind ?? ''}>
          <option value="">{params.actors.length || params.region || params.group ? 'Any kind' : 'States (default)'}</option>
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {ACTOR_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Region
        <select name="region" defaultValue={params.region ?? ''}>
          <option value="">Any region</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        Members of (on the date)
        <select name="group" defaultValue={params.group ?? ''}>
          <option value="">No group</option>
          {groups.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
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
      {(params.sort.key !== 'name' || params.sort.desc) && <input type="hidden" name="sort" value={`${params.sort.desc ? '-' : ''}${params.sort.key}`} />}
      <button type="submit">Show</button>
      <Link href="/compare" className="button secondary">
        Reset
      </Link>
    </form>
  );
}
