import Link from 'next/link';
import type { BriefingParams } from '@/lib/briefing/params';
import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/codebook';
import { ActorPicker } from '@/components/filters/actor-picker';
import { SelectField } from '@/components/filters/select-field';
import type { ActorKind } from '@/lib/domain';
import styles from './briefing.module.css';

type Option = { slug: string; name: string };
type Props = { params: BriefingParams; actors: (Option & { kind: ActorKind })[]; groups: Option[] };

/** A GET form: the pack is defined entirely by its URL, so the same link regenerates the same pack. */
export function BriefingForm({ params, actors, groups }: Props) {
  return (
    <form className="filters no-print" method="get" action="/briefing" aria-label="Build a briefing pack">
      <label className={styles.wide}>
        Title
        <input type="text" name="title" defaultValue={params.title} maxLength={120} />
      </label>
      <label className={styles.wide}>
        Purpose (optional)
        <input type="text" name="purpose" defaultValue={params.purpose ?? ''} maxLength={300} />
      </label>
      <fieldset className={styles.wide}>
        <legend>Actors</legend>
        <ActorPicker actors={actors} chosen={params.actors} />
      </fieldset>
      <SelectField label="And a group, with its members on the date" name="group" value={params.group} options={groups.map((g) => ({ value: g.slug, label: g.name }))} emptyLabel="No group" />
      <label>
        Positions as of
        <input type="date" name="asOf" defaultValue={params.asOf} required />
      </label>
      <fieldset className={styles.wide}>
        <legend>Dimensions</legend>
        {DIMENSIONS.map((d) => (
          <label key={d.key} style={{ display: 'inline-flex', flexDirection: 'row', gap: '0.3rem', marginRight: '1rem' }}>
            <input type="checkbox" name="dims" value={d.key} defaultChecked={params.dims.includes(d.key)} /> {DIMENSION_LABELS[d.key]}
          </label>
        ))}
      </fieldset>
      <button type="submit">Build the pack</button>
      <Link href="/briefing" className="button secondary">
        Start again
      </Link>
    </form>
  );
}
