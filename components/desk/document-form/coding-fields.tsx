import { DIMENSIONS } from '@/lib/domain/codebook';
import { CONFIDENCE_LABELS, CONFIDENCE_LEVELS } from '@/lib/domain/vocabulary';
import { Select, TextArea } from '../form/field';
import type { FieldOf } from '../form/use-desk-form';
import styles from '../desk.module.css';

/** A value or "not coded" per dimension, the actor's words where a dimension takes them, and one confidence. */
export function CodingFields({ field }: { field: FieldOf }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>Coding</legend>
      <p className={styles.hint}>
        “Not coded” means nobody has read the document for this point yet; it is different from “Silent” (read, and the document says nothing on it).
      </p>
      {DIMENSIONS.filter((d) => d.values.length > 0).map((d) => (
        <Select
          key={d.key}
          {...field(`codings.${d.key}`, '')}
          options={[{ value: '', label: 'Not coded' }, ...d.values.map((x) => ({ value: x.value, label: x.label }))]}
        />
      ))}
      <TextArea {...field('codings.thresholdText')} />
      <TextArea {...field('codings.remedies')} />
      <div className={styles.row}>
        <Select
          {...field('confidence', '')}
          options={[{ value: '', label: '— none (nothing coded) —' }, ...CONFIDENCE_LEVELS.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))]}
        />
      </div>
      <TextArea {...field('confidenceReason')} />
    </fieldset>
  );
}
