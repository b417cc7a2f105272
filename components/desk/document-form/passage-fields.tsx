import { QUOTE_ROLES } from '@/lib/editorial/payloads';
import { Select, TextArea, TextField } from '../form/field';
import type { FieldOf } from '../form/use-desk-form';
import styles from '../desk.module.css';

export const QUOTE_ROLE_OPTIONS = QUOTE_ROLES.map((r) => ({
  value: r,
  label: r === 'context' ? 'Context only (surrounding text, labelled as context)' : 'The actor’s words on due diligence',
}));

/** The actor's own words: a quote and where it stands, per slot; "More passage slots" adds two (no JavaScript needed). */
export function PassageFields({ field, slots, pending, listErrors }: { field: FieldOf; slots: number; pending: boolean; listErrors?: readonly string[] }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>Passages (the actor&apos;s own words)</legend>
      {Array.from({ length: slots }, (_, i) => (
        <fieldset key={i} className={styles.fieldset}>
          <legend>Passage {i + 1}</legend>
          <TextArea {...field(`passages[${i}].quote`)} rows={3} />
          <div className={styles.row}>
            <TextField {...field(`passages[${i}].locator`)} />
            <Select {...field(`passages[${i}].role`, 'due_diligence')} options={QUOTE_ROLE_OPTIONS} />
          </div>
        </fieldset>
      ))}
      {listErrors && listErrors.length > 0 && (
        <p id={field('passages').id} tabIndex={-1} className={styles.error}>
          {listErrors.join(' ')}
        </p>
      )}
      <div>
        <button type="submit" name="intent" value="more" className="secondary" disabled={pending}>
          More passage slots
        </button>
      </div>
    </fieldset>
  );
}
