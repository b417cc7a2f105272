'use client';
import { ErrorSummary } from './form/error-summary';
import { TextField } from './form/field';
import { FormButtons } from './form/form-buttons';
import { useDeskForm, type DeskFormAction } from './form/use-desk-form';
import { SourceFields } from './source-fields';
import styles from './desk.module.css';

/**
 * "Attach the source file" of a tracked document: a proposal like every other change. The file is checked on the
 * server as `npm run source:add` checks it; a refused file is named with what to do, and the form keeps what was typed.
 */
export function SourceForm({
  action,
  documentSlug,
  today,
  replaces,
}: {
  action: DeskFormAction;
  documentSlug: string;
  today: string;
  replaces: string | null;
}) {
  const { state, formAction, pending, field } = useDeskForm('source', action);
  return (
    <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
      <ErrorSummary form="source" state={state} />
      <input type="hidden" name="documentSlug" value={documentSlug} />
      {replaces && <p className="notice">We hold {replaces} for this document; once approved, your file replaces it (the earlier one stays as history).</p>}
      <SourceFields field={field} legend="Source file" today={today} />
      <TextField {...field('reason')} />
      <FormButtons pending={pending} submit="Submit the file for review" preview={false} />
    </form>
  );
}
