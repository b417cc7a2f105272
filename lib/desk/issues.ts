/**
 * The one way a desk form learns what is wrong: zod issues (from the form's own check before writing) and the write
 * layer's per-field errors (same path syntax) are placed on the form's fields and reworded as instructions. Pure.
 */
import { fieldSpec, type DeskForm } from './fields';
import type { FieldErrors } from './form-state';
import { plainMessage } from './messages';

export type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };

/** The path syntax of field names and of the write layer's errors: "document.title", "passages[0].quote". */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

export function errorsFromIssues(issues: readonly Issue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) (out[pathOf(i.path) || FORM] ??= []).push(i.message);
  return out;
}

/** The key of errors that belong to the whole form (no field of their own). */
export const FORM = '(form)';

/**
 * Where a payload path shows on the form: a different field (the 2nd passage given may be the 3rd slot; a co-author
 * error belongs to the co-author list) and words that say which entry of a list is meant ("Line 4: …").
 */
export type Placement = (path: string) => { field: string; prefix?: string } | null;

export function placeErrors(form: DeskForm, errors: FieldErrors, place: Placement = () => null): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const target = place(path) ?? { field: path };
    const spec = fieldSpec(form, target.field);
    const field = spec ? target.field : FORM;
    const label = spec?.label ?? 'this form';
    for (const m of messages) (out[field] ??= []).push(`${target.prefix ?? ''}${plainMessage(m, label)}`);
  }
  return out;
}
