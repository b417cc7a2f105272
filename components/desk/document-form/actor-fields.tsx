import { ACTOR_KINDS, ACTOR_KIND_LABELS, UN_REGIONAL_GROUPS } from '@/lib/domain/vocabulary';
import type { ActorOption } from '@/server/desk/views/propose-document';
import { Select, TextField } from '../form/field';
import type { FieldOf } from '../form/use-desk-form';
import styles from '../desk.module.css';

/** Who issued the document: a tracked actor, or a new one; and co-authors of a joint document. */
export function ActorFields({ field, actors, newActorOpen }: { field: FieldOf; actors: readonly ActorOption[]; newActorOpen: boolean }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>Actor</legend>
      <Select
        {...field('actorSlug')}
        options={[
          { value: '', label: '— New actor (fill in below) —' },
          ...actors.map((a) => ({ value: a.slug, label: `${a.name}${a.documentCount === 0 ? ' (no document yet)' : ''}` })),
        ]}
      />
      <details open={newActorOpen}>
        <summary>New actor</summary>
        <div className={styles.row}>
          <TextField {...field('newActor.name')} />
          <TextField {...field('newActor.slug')} />
          <Select {...field('newActor.kind', 'state')} options={ACTOR_KINDS.map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k] }))} />
          <TextField {...field('newActor.iso3')} maxLength={3} />
          <TextField {...field('newActor.region')} />
          <TextField {...field('newActor.subregion')} />
          <Select
            {...field('newActor.unRegionalGroup')}
            options={[{ value: '', label: '— none —' }, ...UN_REGIONAL_GROUPS.map((g) => ({ value: g, label: g }))]}
          />
        </div>
      </details>
      <Select {...field('coAuthors')} multiple options={actors.map((a) => ({ value: a.slug, label: a.name }))} />
    </fieldset>
  );
}
