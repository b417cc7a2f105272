import { DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import { Select, TextField } from '../form/field';
import type { FieldOf } from '../form/use-desk-form';
import styles from '../desk.module.css';

/** What the document is: title, date (its precision follows from what is written), type, venue, addresses. */
export function DocumentFields({ field, current, language = true }: { field: FieldOf; current?: Record<string, string | null>; language?: boolean }) {
  const f = (name: string) => field(name, current?.[name]);
  return (
    <fieldset className={styles.fieldset}>
      <legend>Document</legend>
      <TextField {...f('document.title')} />
      <TextField {...f('document.titleOriginal')} />
      <div className={styles.row}>
        <TextField {...f('document.date')} />
        <Select
          {...field('document.type', current?.['document.type'] ?? '')}
          options={[{ value: '', label: '— choose —' }, ...DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_TYPE_LABELS[t] }))]}
        />
        {language && <TextField {...f('document.language')} maxLength={3} />}
      </div>
      <TextField {...f('document.venue')} />
      <TextField {...f('document.url')} type="url" />
      <TextField {...f('document.archiveUrl')} type="url" />
    </fieldset>
  );
}
