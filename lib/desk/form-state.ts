/**
 * What a desk form gets back from its server action (server/desk/action.ts): the values as typed (so nothing is lost
 * on error), the messages per field, one message for the whole form, and what a preview or a success shows. Pure and
 * serialisable: it crosses from the server action to the form in the browser (or back into the page without
 * JavaScript).
 */
export type FieldErrors = Record<string, string[]>;

export type FormState<Preview = unknown> = {
  values: Record<string, string>;
  errors: FieldErrors;
  /** A message for the whole form (session ended, not allowed, the record moved on), in plain words. */
  message?: string;
  /** Set when the action succeeded and the form shows a confirmation instead of redirecting. */
  done?: string;
  /** What "Preview" shows: the validated input as it will look, with nothing stored. */
  preview?: Preview;
  /**
   * Bumped by each action. Forms use it as their React key, so after an action they are mounted afresh with the
   * returned values as defaults (React resets a form after its action, and would otherwise bring back the
   * first-render selections of <select> elements).
   */
  rev?: number;
};

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

/** The next revision after `prev`, which comes from the browser and may be anything. */
export function nextRev(prev: unknown): number {
  const rev = (prev as { rev?: unknown } | null | undefined)?.rev;
  return typeof rev === 'number' && Number.isSafeInteger(rev) && rev >= 0 ? rev + 1 : 1;
}

/** True when the form has anything to report at the top (a message or a field error). */
export const hasProblems = (s: Pick<FormState, 'message' | 'errors'>) => Boolean(s.message) || Object.keys(s.errors).length > 0;
