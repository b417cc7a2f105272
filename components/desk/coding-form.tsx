'use client';
import { getDimension, takesWords, type DimensionKey } from '@/lib/domain/codebook';
import { CONFIDENCE_LABELS, CONFIDENCE_LEVELS } from '@/lib/domain/vocabulary';
import type { ProposalPreview } from '@/server/desk/views/preview';
import { QUOTE_ROLE_OPTIONS } from './document-form/passage-fields';
import { ErrorSummary } from './form/error-summary';
import { Select, TextArea, TextField } from './form/field';
import { FormButtons } from './form/form-buttons';
import { useDeskForm, type DeskFormAction } from './form/use-desk-form';
import { ProposalPreviewView } from './preview/proposal-preview';
import styles from './desk.module.css';

/** The coding being corrected (its values are the form's starting point). */
export type CurrentCoding = { value: string | null; freeText: string | null; confidence: string; confidenceReason: string | null };

/**
 * One dimension of one document: code it (`form="coding"`, the document and actor in `hidden`) or correct its current
 * coding (`form="correction"`, the coding id in `hidden`; approved, the new row supersedes it and the old one stays in
 * the public history). Preview shows the coding and the actor's matrix row before and after.
 */
export function CodingForm({
  action,
  form,
  dimension,
  hidden,
  current,
  submit,
}: {
  action: DeskFormAction<ProposalPreview>;
  form: 'coding' | 'correction';
  dimension: DimensionKey;
  hidden: Record<string, string>;
  current?: CurrentCoding;
  submit: string;
}) {
  const { state, formAction, pending, field } = useDeskForm(form, action);
  const dim = getDimension(dimension);
  return (
    <>
      {state.preview && <ProposalPreviewView preview={state.preview} stage="preview" id={`${form}-preview`} />}
      <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
        <ErrorSummary form={form} state={state} />
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {dim.values.length > 0 && (
          <Select
            {...field('value', current?.value ?? '')}
            hint={dim.question}
            options={[{ value: '', label: 'Not coded' }, ...dim.values.map((x) => ({ value: x.value, label: x.label }))]}
          />
        )}
        {takesWords(dimension) && <TextArea {...field('freeText', current?.freeText)} hint={dim.values.length === 0 ? dim.question : undefined} />}
        <Select {...field('confidence', current?.confidence ?? 'medium')} options={CONFIDENCE_LEVELS.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))} />
        <TextArea {...field('confidenceReason', current?.confidenceReason)} />
        <fieldset className={styles.fieldset}>
          <legend>Supporting passage (optional: leave it empty to keep the passages on record)</legend>
          <TextArea {...field('passage.quote')} />
          <div className={styles.row}>
            <TextField {...field('passage.locator')} />
            <Select {...field('passage.role', 'due_diligence')} options={QUOTE_ROLE_OPTIONS} />
          </div>
        </fieldset>
        <TextArea {...field('summary')} />
        <TextField {...field('reason')} />
        <FormButtons pending={pending} submit={submit} />
      </form>
    </>
  );
}

/** Withdraw one coding: we no longer stand by it. Also reviewed, also public with its reason. */
export function WithdrawalForm({ action, codingId }: { action: DeskFormAction<ProposalPreview>; codingId: number }) {
  const { state, formAction, pending, field } = useDeskForm('withdrawal', action);
  return (
    <>
      {state.preview && <ProposalPreviewView preview={state.preview} stage="preview" id="withdrawal-preview" />}
      <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
        <ErrorSummary form="withdrawal" state={state} />
        <input type="hidden" name="codingId" value={codingId} />
        <TextField {...field('reason')} />
        <FormButtons pending={pending} submit="Submit withdrawal for review" secondary />
      </form>
    </>
  );
}
