/**
 * What a no-JS form gets back from its server action: the values as typed (so nothing is lost on error), the
 * messages per field, and one message for the whole form. Pure, shared by every desk form.
 */
export type FormState = {
  values: Record<string, string>;
  errors: Record<string, string[]>;
  message?: string;
  /** Set when the action succeeded and the form shows a confirmation instead of redirecting. */
  done?: string;
  /**
   * Bumped by each action. Forms use it as their React key, so after an action they are mounted afresh with the
   * returned values as defaults (React resets a form after its action, and would otherwise bring back the
   * first-render selections of <select> elements).
   */
  rev?: number;
};

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

/** Every text entry of a submitted form (files ignored); repeated names keep the last value. */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && !k.startsWith('$ACTION')) out[k] = v;
  return out;
}
