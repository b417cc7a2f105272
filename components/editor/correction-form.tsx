'use client';
import { useActionState } from 'react';
import { getDimension, type DimensionKey } from '@/lib/domain/codebook';
import { CONFIDENCE_LABELS, CONFIDENCE_LEVELS, type Confidence } from '@/lib/domain/vocabulary';
import { EMPTY_FORM, type FormState } from '@/lib/auth/form-state';
import { QUOTE_ROLES } from '@/lib/editorial/payloads';
import { FormMessage, Select, TextArea, TextField } from './field';
import styles from './editor.module.css';

type Action = (prev: FormState, form: FormData) => Promise<FormState>;
type Current = { dimension: DimensionKey; value: string | null; freeText: string | null; confidence: Confidence; confidenceReason: string | null };

/**
 * Correct one coding (a new row supersedes it when approved; the old one stays in the public history), or, with
 * `hidden` naming a document, actor and dimension, code a dimension that is not coded yet.
 */
export function CorrectionForm({
  action,
  current,
  hidden,
  submitLabel = 'Submit correction for review',
  reasonLabel = 'Reason for the correction',
}: {
  action: Action;
  current: Current;
  hidden: Record<string, string>;
  submitLabel?: string;
  reasonLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM);
  const v = state.values;
  const e = state.errors;
  const dim = getDimension(current.dimension);
  const other = Object.entries(e)
    .filter(([k]) => ['codingId', '(form)', 'passage', 'documentSlug', 'actorSlug', 'dimension'].includes(k))
    .flatMap(([, m]) => m);
  return (
    <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
      <FormMessage message={state.message ?? (other.length ? other.join(' ') : undefined)} errorCount={Object.keys(e).length} />
      {Object.entries(hidden).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      {dim.values.length > 0 && (
        <Select
          name="value"
          label="New value"
          defaultValue={v.value ?? current.value ?? ''}
          errors={e.value}
          hint={dim.question}
          options={[{ value: '', label: 'Not coded' }, ...dim.values.map((x) => ({ value: x.value, label: x.label }))]}
        />
      )}
      <TextArea name="freeText" label="The actor’s words (free text)" defaultValue={v.freeText ?? current.freeText ?? ''} errors={e.freeText} />
      <Select
        name="confidence"
        label="Confidence"
        required
        defaultValue={v.confidence ?? current.confidence}
        errors={e.confidence}
        options={CONFIDENCE_LEVELS.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))}
      />
      <TextArea
        name="confidenceReason"
        label="Why this confidence"
        defaultValue={v.confidenceReason ?? current.confidenceReason ?? ''}
        errors={e.confidenceReason}
      />
      <fieldset className={styles.fieldset}>
        <legend>Supporting passage (optional: leave empty to keep the current passages)</legend>
        <TextArea name="passage.quote" label="Quote" defaultValue={v['passage.quote']} errors={e['passage.quote']} />
        <div className={styles.row}>
          <TextField name="passage.locator" label="Locator" defaultValue={v['passage.locator']} errors={e['passage.locator']} />
          <Select
            name="passage.role"
            label="What the quote is"
            defaultValue={v['passage.role'] ?? 'due_diligence'}
            errors={e['passage.role']}
            options={QUOTE_ROLES.map((r) => ({ value: r, label: r === 'context' ? 'Context only' : 'The actor’s words on due diligence' }))}
          />
        </div>
      </fieldset>
      <TextArea name="summary" label="New summary (optional)" defaultValue={v.summary} errors={e.summary} />
      <TextField
        name="reason"
        label={reasonLabel}
        required
        defaultValue={v.reason}
        errors={e.reason}
        hint="Shown publicly with the change, e.g. “The English translation reads ‘shall’, not ‘should’”."
      />
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** Withdraw one coding: we no longer stand by it. Also reviewed, also public with its reason. */
export function WithdrawalForm({ action, codingId }: { action: Action; codingId: number }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM);
  return (
    <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
      <FormMessage message={state.message ?? state.errors.codingId?.join(' ')} errorCount={Object.keys(state.errors).length} />
      <input type="hidden" name="codingId" value={codingId} />
      <TextField name="reason" label="Reason for the withdrawal" required defaultValue={state.values.reason} errors={state.errors.reason} />
      <div className={styles.actions}>
        <button type="submit" className="secondary" disabled={pending}>
          Submit withdrawal for review
        </button>
      </div>
    </form>
  );
}
