'use client';
import { useEffect, useRef } from 'react';
import { errorItems, type DeskForm } from '@/lib/desk/fields';
import { FORM } from '@/lib/desk/issues';
import type { FormState } from '@/lib/desk/form-state';
import styles from '../desk.module.css';

/**
 * The top of every desk form after an action: the confirmation, or what is wrong — each field by name, linked to it,
 * with what to do — and that what was typed is kept. Focus moves here after a submission that needs attention, so a
 * screen-reader or keyboard user starts from the list.
 */
export function ErrorSummary({ form, state, instance }: { form: DeskForm; state: FormState<unknown>; instance?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const items = errorItems(form, state.errors, instance);
  const problems = Boolean(state.message) || items.length > 0;
  useEffect(() => {
    if (problems) ref.current?.focus();
  }, [state.rev, problems]);
  if (state.done) {
    return (
      <p className={styles.done} role="status">
        {state.done}
      </p>
    );
  }
  if (!problems) return null;
  const headingId = `${form}${instance ? `-${instance}` : ''}-problems`;
  return (
    <div ref={ref} tabIndex={-1} className={`notice ${styles.summary}`} role="alert" aria-labelledby={headingId}>
      <p id={headingId}>
        <strong>{items.length > 0 ? 'Nothing was saved. Please correct:' : 'Nothing was saved.'}</strong>
      </p>
      {state.message && <p>{state.message}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((i) => (
            <li key={i.name}>
              {i.href ? <a href={i.href}>{i.label}</a> : i.name === FORM ? null : <strong>{i.label}</strong>}
              {i.name === FORM ? '' : ': '}
              {i.messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && <p>Everything you typed is kept below.</p>}
    </div>
  );
}
