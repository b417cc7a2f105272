/** Typed errors of the write layer, so a form can show them per field and a route can answer 403/400/404/409. */

/** The caller's role may not do this. Nothing was written. */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The input is invalid; `fieldErrors` maps a field path (e.g. "document.title") to its messages. Nothing was written. */
export class ValidationError extends Error {
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = `Invalid input: ${Object.entries(fieldErrors)
      .map(([f, m]) => `${f}: ${m.join('; ')}`)
      .join(' | ')}`,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

/** The record asked for does not exist. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The record is no longer in a state that allows this (e.g. a proposal already reviewed, a coding already superseded). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Turns a zod error into per-field messages ("a.b[0].c": [...]). */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of issues) {
    const key = i.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(form)';
    (out[key] ??= []).push(i.message);
  }
  return out;
}

/** An import that would lose or garble data (empty, degenerate, or a replacement over editor work). Nothing was written. */
export class ImportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusedError';
  }
}
