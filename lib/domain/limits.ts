/**
 * Input limits, defined once: for the seed validator (lib/dataset/seed-schema.ts), the import and the editor forms.
 * Pure (zod only), so forms can use it in the browser as well as on the server.
 *
 * API (keep it small):
 * - `LIMITS`: maximum lengths per kind of field, list sizes and the allowed URL schemes.
 * - `textField(kind, { multiline })`: zod schema for a required, trimmed text of that kind, within its length, with
 *   no control characters (newlines only when `multiline`), no U+FFFD and no lone surrogates.
 * - `optionalNote(kind)`: the same, but may be empty (free notes).
 * - `urlField()`: zod schema for an absolute http(s) URL within `LIMITS.url`, with no spaces, quotes or angle brackets.
 * - `boundedList(item, kind)`: zod array capped at `LIMITS.list[kind]`.
 * - `decodeUtf8(bytes)`: bytes → string, throwing on invalid UTF-8 (never silently U+FFFD).
 * - `textProblem(s, { multiline })`: the reason a string is not clean text, or null (for hand-written checks).
 */
import { z } from 'zod';

export const LIMITS = {
  /** Characters (UTF-16 code units, as zod counts) per kind of text field. Several times the longest value in the dataset. */
  text: {
    slug: 100,
    /** Actor names, authors, institutions, regions, types. */
    name: 200,
    /** Document and literature titles, venues, quote locators (locators cite paragraphs and page ranges). */
    title: 1_000,
    /** Summaries, threshold wording, remedies. */
    summary: 5_000,
    /** A quote is the actor's own words: a passage, not a document. */
    quote: 10_000,
    /** Coder notes and confidence reasons. */
    notes: 20_000,
  },
  /** A URL's length in characters (what browsers and servers reliably handle). */
  url: 2_048,
  urlSchemes: ['http', 'https'] as const,
  /**
   * Entries per list. Authors: a joint statement can be signed by every UN member State (193) and organisations besides
   * (dataset 1.2 has one with 54); 250 leaves room for that and still refuses a runaway list.
   */
  list: { authors: 250, sources: 50, memberships: 200, documents: 2_000, mentions: 500 },
} as const;

export type TextKind = keyof typeof LIMITS.text;
export type ListKind = keyof typeof LIMITS.list;

// C0 controls except tab/newline/carriage return, DEL, C1 controls.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
// A lone surrogate cannot be written as UTF-8; U+FFFD is what a lenient decoder left in place of bad bytes.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `s` is not clean text, or null. */
export function textProblem(s: string, { multiline = false }: { multiline?: boolean } = {}): string | null {
  const control = CONTROL.exec(s);
  if (control) return `contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) at position ${control.index}`;
  if (!multiline && LINE_BREAK_OR_TAB.test(s)) return 'must be a single line (no line breaks or tabs)';
  if (s.includes('\uFFFD')) return 'contains U+FFFD, the mark of text decoded from invalid UTF-8';
  if (LONE_SURROGATE.test(s)) return 'contains a lone surrogate, which is not valid Unicode text';
  return null;
}

function checked(schema: z.ZodString, max: number, multiline: boolean) {
  return schema.max(max, `must be at most ${max.toLocaleString('en')} characters`).superRefine((s, ctx) => {
    const problem = textProblem(s, { multiline });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A required text field: trimmed, not empty, within the limit for its kind, clean. */
export function textField(kind: TextKind, { multiline = false }: { multiline?: boolean } = {}) {
  return checked(z.string().trim().min(1, 'must not be empty'), LIMITS.text[kind], multiline);
}

/** A free text that may be empty (coder notes). */
export function optionalNote(kind: TextKind = 'notes') {
  return checked(z.string(), LIMITS.text[kind], true);
}

// Characters a URL never needs raw (they are percent-encoded when meant): they are how markup escapes a link.
const UNSAFE_URL_CHARACTERS = /[\s<>"'`{}|\\^]/;

/** An absolute http(s) URL with a host, within LIMITS.url, with no characters that could break out of markup. */
export function urlField() {
  return z
    .string()
    .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
    .superRefine((s, ctx) => {
      const problem = textProblem(s);
      if (problem) return void ctx.addIssue({ code: 'custom', message: problem });
      if (UNSAFE_URL_CHARACTERS.test(s))
        return void ctx.addIssue({ code: 'custom', message: 'must not contain spaces, quotes, angle brackets or backslashes (percent-encode them)' });
      let url: URL;
      try {
        url = new URL(s);
      } catch {
        return void ctx.addIssue({ code: 'custom', message: 'must be an absolute http(s) URL' });
      }
      const scheme = url.protocol.replace(/:$/, '');
      if (!(LIMITS.urlSchemes as readonly string[]).includes(scheme) || !url.hostname) {
        ctx.addIssue({ code: 'custom', message: `must be an http(s) URL (got "${scheme}:")` });
      } else if (url.username || url.password) {
        ctx.addIssue({ code: 'custom', message: 'must not carry a user name or password' });
      }
    });
}

/** An array of at most LIMITS.list[kind] entries. */
export function boundedList<T extends z.ZodType>(item: T, kind: ListKind) {
  return z.array(item).max(LIMITS.list[kind], `must have at most ${LIMITS.list[kind]} entries`);
}

/** Decodes UTF-8 strictly: invalid bytes throw (a TypeError naming the encoding) instead of becoming U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// Editorial desk helpers (issue 10), built on the definitions above so forms, import and seed share one set of rules.
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

/** `urlField()` with surrounding spaces trimmed first (what a form field sends). */
export const httpUrl = () => z.string().trim().pipe(urlField());

/** A lower-case slug (a-z, 0-9, hyphens) within LIMITS.text.slug. */
export const slugText = () =>
  z
    .string()
    .max(LIMITS.text.slug, `must be at most ${LIMITS.text.slug} characters`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, hyphens)');
