import Link from 'next/link';
import { ActorPicker } from '@/components/filters/actor-picker';
import { SelectField } from '@/components/filters/select-field';
import { BRIEFING_LAYOUT_LABELS, BRIEFING_LAYOUTS, PURPOSE_MAX, TITLE_MAX, type BriefingParams } from '@/lib/url/briefing-params';
import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import type { ActorKind } from '@/lib/domain/vocabulary';
import styles from './briefing.module.css';

type Option = { slug: string; name: string };
type Props = { params: BriefingParams; actors: (Option & { kind: ActorKind; iso3?: string | null })[]; groups: Option[] };

/** A GET form (works without JavaScript): the pack is defined entirely by its URL, so the same link regenerates it. */
export function BriefingForm({ params, actors, groups }: Props) {
  return (
    <form className="filters no-print" method="get" action="/briefing" aria-label="Build a briefing pack">
      <label className={styles.wide}>
        Title
        <input type="text" name="title" defaultValue={params.title} maxLength={TITLE_MAX} required />
      </label>
      <label className={styles.wide}>
        Purpose (optional)
        <input type="text" name="purpose" defaultValue={params.purpose ?? ''} maxLength={PURPOSE_MAX} />
      </label>
      <div className={styles.wide}>
        {/* A bloc typed here offers its own position (one row) and, apart, its members (the group field below). */}
        <ActorPicker actors={actors} chosen={params.actors} blocs={groups.map((g) => g.slug)} />
      </div>
      <SelectField
        label="Members of a group (the bloc, then each member on the date)"
        name="group"
        value={params.group}
        options={groups.map((g) => ({ value: g.slug, label: g.name }))}
        emptyLabel="No group"
      />
      <label>
        Positions as of
        <input type="date" name="asOf" defaultValue={params.asOf} required />
      </label>
      <fieldset className={styles.wide}>
        <legend className={styles.groupLabel}>Dimensions</legend>
        <div className={styles.dims}>
          {DIMENSIONS.map((d) => (
            <label key={d.key}>
              <input type="checkbox" name="dims" value={d.key} defaultChecked={params.dims.includes(d.key)} /> {DIMENSION_LABELS[d.key]}
            </label>
          ))}
        </div>
        <p className="muted">None ticked means all of them.</p>
      </fieldset>
      <fieldset className={styles.wide}>
        <legend className={styles.groupLabel}>Layout</legend>
        <div className={styles.dims}>
          {BRIEFING_LAYOUTS.map((l) => (
            <label key={l}>
              <input type="radio" name="layout" value={l} defaultChecked={params.layout === l} /> {BRIEFING_LAYOUT_LABELS[l]}
            </label>
          ))}
          <label>
            <input type="checkbox" name="minConfidence" value="medium" defaultChecked={params.minConfidence !== null} /> Leave out low-confidence values
            (two-page brief)
          </label>
        </div>
      </fieldset>
      <button type="submit">Build the pack</button>
      <Link href="/briefing" className="button secondary">
        Start again
      </Link>
    </form>
  );
}
