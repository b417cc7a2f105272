import { DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import { Select, TextField } from '../form/field';
import type { FieldOf } from '../form/use-desk-form';
import styles from '../desk.module.css';

/** What the document is: title, date (its precision follows from what is written), type, venue, addresses. */
export function DocumentFields({ field }: { field: FieldOf }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>Document</legend>
      <TextField {...field('document.title')} />
      <TextField {...field('document.titleOriginal')} />
      <div className={styles.row}>
        <TextField {...field('document.date')} />
        <Select
          {...field('document.type', '')}
          options={[{ value: '', label: '— choose —' }, ...DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_TYPE_LABELS[t] }))]}
        />
        <TextField {...field('document.language')} maxLength={3} />
      </div>
      <TextField {...field('document.venue')} />
      <TextField {...field('document.url')} type="url" />
      <TextField {...field('document.archiveUrl')} type="url" />
    </fieldset>
  );
}
