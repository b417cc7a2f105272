/**
 * Reading a submitted form. A server action can be called with anything (a hostile client sends any arguments), so
 * this accepts unknown input and yields strings (files, numbers and missing fields read as absent) and, asked by name,
 * a chosen file. Pure.
 */
export type FieldSource = {
  get(name: string): string | undefined;
  getAll(name: string): string[];
  /** Every text entry in submission order (Next's own `$ACTION…` keys left out). */
  entries(): [string, string][];
  /** A chosen file (a file input left empty sends an empty, nameless one: absent). Never echoed back to the form. */
  file(name: string): File | undefined;
};

/** Fields Next.js adds to a form for its own routing; never part of what the editor typed. */
const isFrameworkKey = (k: string) => k.startsWith('$ACTION');

export function fieldSource(form: unknown): FieldSource {
  const data = form instanceof FormData ? form : new FormData();
  const text = (v: FormDataEntryValue | null): string | undefined => (typeof v === 'string' ? v : undefined);
  return {
    get: (name) => text(data.get(name)),
    getAll: (name) => data.getAll(name).filter((v): v is string => typeof v === 'string'),
    entries: () => [...data.entries()].filter((e): e is [string, string] => typeof e[1] === 'string' && !isFrameworkKey(e[0])),
    file: (name) => {
      const v = data.get(name);
      return v instanceof File && v.size > 0 ? v : undefined;
    },
  };
}

/**
 * Everything typed, to put back into the form after an error or a preview. Repeated names (a multi-select) are
 * joined by newlines; names in `secret` (a password) are never echoed back.
 */
export function keptValues(f: FieldSource, secret: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k] of f.entries()) {
    if (secret.includes(k) || k in out) continue;
    const all = f.getAll(k);
    out[k] = all.length > 1 ? all.join('\n') : (all[0] ?? '');
  }
  return out;
}

/** Empty or blank text means "not given" (null), so optional fields stay optional. */
export const orNull = (s: string | undefined): string | null => (s === undefined || s.trim() === '' ? null : s);

/** Every text entry of a submitted form (repeated names joined by newlines), for forms outside the desk action (sign-in). */
export const formValues = (form: unknown, secret: readonly string[] = []) => keptValues(fieldSource(form), secret);
