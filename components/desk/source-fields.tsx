import { REDISTRIBUTION_CHOICES } from '@/lib/desk/source-form';
import { FileField, Select, TextField } from './form/field';
import type { FieldOf } from './form/use-desk-form';
import styles from './desk.module.css';

/** File types the desk takes (the server decides from the bytes; this only filters the browser's file picker). */
const ACCEPT = '.pdf,.docx,.html,.htm,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain';

/**
 * The source file of a document and what the editor says about it: where and when it was obtained, and whether the
 * stored file may be offered for download (with the reason readers see). `today` is the default date obtained.
 */
export function SourceFields({ field, legend, today }: { field: FieldOf; legend: string; today: string }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      <FileField {...field('file')} accept={ACCEPT} />
      <TextField {...field('source.originalUrl')} type="url" />
      <TextField {...field('source.obtainedOn', today)} />
      <Select {...field('source.redistribution', 'default')} options={REDISTRIBUTION_CHOICES} />
      <TextField {...field('source.redistributionReason')} />
    </fieldset>
  );
}
