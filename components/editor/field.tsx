import type { ReactNode } from 'react';
import styles from './editor.module.css';

type Common = { name: string; label: string; errors?: readonly string[]; hint?: ReactNode; required?: boolean };

/** The message under a field, tied to it with aria-describedby so screen readers read it with the field. */
function FieldMessages({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: readonly string[] }) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
      {errors && errors.length > 0 && (
        <span id={`${id}-error`} className={styles.error}>
          {errors.join(' ')}
        </span>
      )}
    </>
  );
}

function describedBy(id: string, hint: unknown, errors?: readonly string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

const idOf = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

export function TextField({
  name,
  label,
  errors,
  hint,
  required,
  defaultValue,
  type = 'text',
  autoComplete,
  maxLength,
}: Common & { defaultValue?: string; type?: 'text' | 'email' | 'password' | 'url' | 'date'; autoComplete?: string; maxLength?: number }) {
  const id = idOf(name);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {label}
        {required && <span className={styles.required}> (required)</span>}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      />
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function TextArea({
  name,
  label,
  errors,
  hint,
  required,
  defaultValue,
  rows = 3,
  maxLength,
}: Common & { defaultValue?: string; rows?: number; maxLength?: number }) {
  const id = idOf(name);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {label}
        {required && <span className={styles.required}> (required)</span>}
      </label>
      <textarea
        id={id}
        name={name}
        defaultValue={defaultValue}
        rows={rows}
        required={required}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      />
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function Select({
  name,
  label,
  errors,
  hint,
  required,
  defaultValue,
  options,
}: Common & { defaultValue?: string; options: readonly { value: string; label: string }[] }) {
  const id = idOf(name);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {label}
        {required && <span className={styles.required}> (required)</span>}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** The summary at the top of a form: the whole-form message and a count of field errors, announced on submit. */
export function FormMessage({ message, errorCount, done }: { message?: string; errorCount: number; done?: string }) {
  if (done)
    return (
      <p className={styles.done} role="status">
        {done}
      </p>
    );
  if (!message && errorCount === 0) return null;
  return (
    <div className="notice" role="alert">
      {message && <p>{message}</p>}
      {errorCount > 0 && <p>{errorCount === 1 ? 'One field needs attention.' : `${errorCount} fields need attention.`} Your input is kept below.</p>}
    </div>
  );
}
