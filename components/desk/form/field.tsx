import type { ReactNode } from 'react';
import styles from '../desk.module.css';

/** What every control gets from its form's field map (lib/desk/fields.ts) and state: one id, one label, its messages. */
export type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  errors?: readonly string[];
  defaultValue?: string;
};

/** Hint and error under a field, tied to it with aria-describedby so screen readers read them with the field. */
function Messages({ id, hint, errors }: Pick<FieldProps, 'id' | 'hint' | 'errors'>) {
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

/** The attributes that tie a control to its label, hint and error. */
function controlProps({ id, name, required, errors, hint }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return { id, name, required, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy || undefined };
}

function Label({ id, label, required }: Pick<FieldProps, 'id' | 'label' | 'required'>) {
  return (
    <label htmlFor={id}>
      {label}
      {required && <span className={styles.required}> (required)</span>}
    </label>
  );
}

function Field(props: FieldProps & { children: ReactNode }) {
  return (
    <div className={styles.field}>
      <Label {...props} />
      {props.children}
      <Messages {...props} />
    </div>
  );
}

export function TextField(props: FieldProps & { type?: 'text' | 'email' | 'password' | 'url'; autoComplete?: string; maxLength?: number }) {
  return (
    <Field {...props}>
      <input
        {...controlProps(props)}
        type={props.type ?? 'text'}
        defaultValue={props.defaultValue}
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
      />
    </Field>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  return (
    <Field {...props}>
      <textarea {...controlProps(props)} defaultValue={props.defaultValue} rows={props.rows ?? 3} />
    </Field>
  );
}

export type Option = { value: string; label: string };

/** One choice, or several with `multiple` (co-authors: the kept value is the chosen values, one per line). */
export function Select(props: FieldProps & { options: readonly Option[]; multiple?: boolean; size?: number }) {
  const value = props.multiple ? (props.defaultValue ?? '').split('\n').filter(Boolean) : props.defaultValue;
  return (
    <Field {...props}>
      <select {...controlProps(props)} multiple={props.multiple} size={props.multiple ? (props.size ?? 5) : undefined} defaultValue={value}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Checkbox(props: FieldProps & { value?: string }) {
  return (
    <div className={styles.field}>
      <span className={styles.check}>
        <input {...controlProps(props)} type="checkbox" value={props.value ?? 'yes'} defaultChecked={props.defaultValue === (props.value ?? 'yes')} />
        <Label {...props} />
      </span>
      <Messages {...props} />
    </div>
  );
}

/** A file to upload; a browser never refills one, so its hint says to choose it again after an error or a preview. */
export function FileField(props: FieldProps & { accept?: string }) {
  return (
    <Field {...props}>
      <input {...controlProps(props)} type="file" accept={props.accept} />
    </Field>
  );
}
