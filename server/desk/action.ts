import 'server-only';
import { redirect } from 'next/navigation';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type Writer } from '@/db/write';
import { keptValues, fieldSource, type FieldSource } from '@/lib/desk/field-source';
import type { DeskForm } from '@/lib/desk/fields';
import { nextRev, type FieldErrors, type FormState } from '@/lib/desk/form-state';
import { placeErrors, type Placement } from '@/lib/desk/issues';
import { roleAtLeast, type UserRole } from '@/lib/desk/roles';
import { currentDeskUser, type DeskUser } from '@/server/auth/session';
import { whoOf } from '@/server/auth/who';

export type ActionContext = { user: DeskUser; who: Writer; form: FieldSource };

/** What a form's fields say, ready to write — or what is wrong with them, per payload path. */
export type ReadResult<Input> = { ok: true; input: Input; place?: Placement } | { ok: false; errors: FieldErrors; place?: Placement };

/** Where to send the browser, or a confirmation for the form to show. */
export type After = { redirect: string } | { done: string; values?: Record<string, string> };

export type DeskActionSpec<Input, Result, Preview> = {
  form: DeskForm;
  /** The least role that may use the form (checked here for a clear message; the write layer checks again). */
  role: UserRole;
  /** Said to someone signed in with a lesser role. */
  refused: string;
  /** Fields never sent back to the browser (a password). */
  secret?: readonly string[];
  /** Buttons that only change the form (e.g. "More passage slots"): the values to show next, no session needed. */
  intents?: Record<string, (values: Record<string, string>) => Record<string, string>>;
  read: (form: FieldSource) => ReadResult<Input>;
  /** "Preview": what publishing would show; nothing is stored. */
  preview?: (input: Input, ctx: ActionContext) => Promise<Preview>;
  write: (input: Input, ctx: ActionContext) => Promise<Result> | Result;
  after: (result: Result, input: Input) => After;
  /** Words for a library's own refusal (better-auth's), or null to fall through to the general message. */
  explain?: (error: unknown) => string | null;
};

export const SESSION_ENDED = 'Your session has ended. Sign in again in another tab (this form keeps what you typed), then submit it again.';
const FAILED = 'Nothing was saved: something went wrong on our side. Try again; if it happens again, tell an admin what you were doing.';

/** The write layer's typed refusals as form errors; anything else is not the editor's doing. */
function refusal(
  e: unknown,
  form: DeskForm,
  place: Placement | undefined,
  explain?: (e: unknown) => string | null,
): { errors?: FieldErrors; message?: string } {
  if (e instanceof ValidationError) return { errors: placeErrors(form, e.fieldErrors, place) };
  if (e instanceof ForbiddenError || e instanceof ConflictError || e instanceof NotFoundError) return { message: e.message };
  const explained = explain?.(e);
  if (explained) return { message: explained };
  console.error('desk action failed', e);
  return { message: FAILED };
}

/**
 * Every desk form's server action: session → role → read and validate → preview or write → form state. It never
 * throws on what a browser sends (a malformed or hostile submission gets a form state with errors); the only
 * exception is Next's redirect after a successful write, which is how the browser is sent on.
 */
export function deskAction<Input, Result, Preview = never>(spec: DeskActionSpec<Input, Result, Preview>) {
  // `prev` comes from the browser: only its revision number is read, and only if it is one.
  return async function action(prev: FormState<unknown>, formData: FormData): Promise<FormState<Preview>> {
    const f = fieldSource(formData);
    const values = keptValues(f, spec.secret);
    const state = (s: Partial<FormState<Preview>>): FormState<Preview> => ({ rev: nextRev(prev), values, errors: {}, ...s });
    const intent = f.get('intent') ?? 'submit';
    const onlyForm = spec.intents?.[intent];
    if (onlyForm) return state({ values: onlyForm(values) });

    let destination: string;
    let place: Placement | undefined;
    try {
      const user = await currentDeskUser();
      const who = whoOf(user);
      if (!user || !who) return state({ message: SESSION_ENDED });
      if (!roleAtLeast(user.role, spec.role)) return state({ message: `${spec.refused} You are signed in as ${user.role}.` });
      const read = spec.read(f);
      place = read.place;
      if (!read.ok) return state({ errors: placeErrors(spec.form, read.errors, place) });
      const ctx: ActionContext = { user, who, form: f };
      if (intent === 'preview' && spec.preview) return state({ preview: await spec.preview(read.input, ctx) });
      const after = spec.after(await spec.write(read.input, ctx), read.input);
      if ('done' in after) return state({ done: after.done, values: after.values ?? {} });
      destination = after.redirect;
    } catch (e) {
      const { errors, message } = refusal(e, spec.form, place, spec.explain);
      return state({ errors: errors ?? {}, message });
    }
    redirect(destination);
  };
}
