'use client';
import { useActionState } from 'react';
import { fieldId, fieldSpec, type DeskForm } from '@/lib/desk/fields';
import { EMPTY_FORM, type FormState } from '@/lib/desk/form-state';
import type { FieldProps } from './field';

export type DeskFormAction<P = unknown> = (prev: FormState<unknown>, form: FormData) => Promise<FormState<P>>;

/**
 * A desk form's state and its fields: `field(name)` gives a control its id, label, hint and "required" from the
 * field map, and the value typed and the messages from the last action. `fallback` is the value before anything was
 * typed (e.g. the coding being corrected). `instance` keeps ids unique when a form repeats on a page.
 */
export function useDeskForm<P>(form: DeskForm, action: DeskFormAction<P>, options: { initial?: Record<string, string>; instance?: string } = {}) {
  const [state, formAction, pending] = useActionState<FormState<P>, FormData>(action, { ...(EMPTY_FORM as FormState<P>), values: options.initial ?? {} });
  const field = (name: string, fallback?: string | null): FieldProps => {
    const spec = fieldSpec(form, name);
    return {
      id: fieldId(form, name, options.instance),
      name,
      label: spec?.label ?? name,
      hint: spec?.hint,
      required: spec?.required,
      defaultValue: state.values[name] ?? fallback ?? undefined,
      errors: state.errors[name],
    };
  };
  return { state, formAction, pending, field };
}

/** `field` of a desk form, for the sections of a large form. */
export type FieldOf = ReturnType<typeof useDeskForm>['field'];
