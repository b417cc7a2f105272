'use client';
import type { ActorOption } from '@/server/desk/views/propose-document';
import type { ProposalPreview } from '@/server/desk/views/preview';
import { DocumentFields } from './document-form/document-fields';
import { ErrorSummary } from './form/error-summary';
import { Select, TextArea, TextField } from './form/field';
import { FormButtons } from './form/form-buttons';
import { useDeskForm, type DeskFormAction } from './form/use-desk-form';
import { ProposalPreviewView } from './preview/proposal-preview';
import styles from './desk.module.css';

/** A document's record as the form starts: field name → value (authors one slug per line). */
export type DocumentFormValues = Record<string, string | null>;

type Target = { documentSlug: string; actorSlug: string };

function Hidden({ documentSlug, actorSlug }: Target) {
  return (
    <>
      <input type="hidden" name="documentSlug" value={documentSlug} />
      <input type="hidden" name="actorSlug" value={actorSlug} />
    </>
  );
}

/**
 * Correct what a document is — title, original title, date, type, venue, addresses, authors — and our reading of it
 * for this actor (summary, public note). The form starts from the record as published; Preview lists what changes.
 */
export function DocumentCorrectionForm({
  action,
  target,
  current,
  actors,
}: {
  action: DeskFormAction<ProposalPreview>;
  target: Target;
  current: DocumentFormValues;
  actors: readonly ActorOption[];
}) {
  const { state, formAction, pending, field } = useDeskForm('document-correction', action);
  return (
    <>
      {state.preview && <ProposalPreviewView preview={state.preview} stage="preview" id="document-correction-preview" />}
      <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
        <ErrorSummary form="document-correction" state={state} />
        <Hidden {...target} />
        <DocumentFields field={field} current={current} language={false} />
        <Select {...field('authors', current.authors)} multiple options={actors.map((a) => ({ value: a.slug, label: a.name }))} />
        <fieldset className={styles.fieldset}>
          <legend>Our reading</legend>
          <TextArea {...field('summary', current.summary)} rows={4} />
          <TextArea {...field('notes', current.notes)} />
        </fieldset>
        <TextField {...field('reason')} />
        <FormButtons pending={pending} submit="Submit correction for review" />
      </form>
    </>
  );
}

/** Withdraw the whole document (e.g. a duplicate): reviewed, and shown publicly with its reason. */
export function DocumentWithdrawalForm({ action, target }: { action: DeskFormAction<ProposalPreview>; target: Target }) {
  const { state, formAction, pending, field } = useDeskForm('document-withdrawal', action);
  return (
    <>
      {state.preview && <ProposalPreviewView preview={state.preview} stage="preview" id="document-withdrawal-preview" />}
      <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
        <ErrorSummary form="document-withdrawal" state={state} />
        <Hidden {...target} />
        <TextField {...field('reason')} />
        <FormButtons pending={pending} submit="Submit withdrawal for review" secondary />
      </form>
    </>
  );
}
