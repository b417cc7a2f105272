import Link from 'next/link';
import type { BriefingParams } from '@/lib/briefing/params';
import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/codebook';
import { ACTOR_KINDS, ACTOR_KIND_LABELS, type ActorKind } from '@/lib/domain';
import styles from './briefing.module.css';

type Option = { slug: string; name: string };
type Props = { params: BriefingParams; actors: (Option & { kind: ActorKind })[]; groups: Option[] };

/** A GET form: the pack is defined entirely by its URL, so the same link regenerates the same pack. */
export function BriefingForm({ params, actors, groups }: Props) {
  const chosen = new Set(params.actors);
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
        <div className={styles.picker}>
          {ACTOR_KINDS.map((kind) => {
            const ofKind = actors.filter((a) => a.kind === kind);
            return ofKind.length === 0 ? null : (
              <div key={kind}>
                <p style={{ fontWeight: 700, margin: '0.25rem 0' }}>{ACTOR_KIND_LABELS[kind]}</p>
                {ofKind.map((a) => (
                  <label key={a.slug}>
                    <input type="checkbox" name="actors" value={a.slug} defaultChecked={chosen.has(a.slug)} /> {a.name}
                  </label>
                ))}
              </div>
            );
          })}
        </div>
      </fieldset>
      <label>
        And a group, with its members on the date
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
