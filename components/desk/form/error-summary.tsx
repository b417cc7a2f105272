'use client';
import { useEffect, useRef, type MouseEvent } from 'react';
import { errorItems, type DeskForm } from '@/lib/desk/fields';
import { FORM } from '@/lib/desk/issues';
import type { FormState } from '@/lib/desk/form-state';
import styles from '../desk.module.css';

/** Following a link to a field puts the cursor in it (a fragment link alone only scrolls); without JavaScript it scrolls. */
function focusField(e: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(e.currentTarget.hash.slice(1));
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * The top of every desk form after an action: the confirmation, or what is wrong — each field by name, linked to it,
 * with what to do — and that what was typed is kept. Focus moves here after a submission that needs attention, so a
 * screen-reader or keyboard user starts from the list.
 */
export function ErrorSummary({
  form,
  state,
  instance,
  outcome = 'Nothing was saved.',
}: {
  form: DeskForm;
  state: FormState<unknown>;
  instance?: string;
  /** What did not happen, said first ("Nothing was saved.", "You are not signed in."). */
  outcome?: string;
}) {
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
        <strong>{items.length > 0 ? `${outcome} Please correct:` : outcome}</strong>
      </p>
      {state.message && <p>{state.message}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((i) => (
            <li key={i.name}>
              {i.href ? (
                <a href={i.href} onClick={focusField}>
                  {i.label}
                </a>
              ) : i.name === FORM ? null : (
                <strong>{i.label}</strong>
              )}
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
