/**
 * Input limits defined once, for the seed validator, the import and the editor forms alike (issues 10 and 11).
 * Pure zod helpers: no Node or database imports, so forms can share them.
 */
import { z } from 'zod';

/** Longest accepted value per kind of field, in characters. Generous for real documents, small enough for a page. */
export const LIMITS = {
  slug: 120,
  name: 200,
  title: 1_000,
  venue: 1_000,
  url: 2_048,
  locator: 500,
  quote: 5_000,
  summary: 5_000,
  note: 5_000,
  reason: 2_000,
  freeText: 5_000,
  shortText: 200,
  listItems: 50,
  passages: 20,
} as const;

/** C0 controls other than tab, line feed and carriage return, DEL and C1 controls: never part of real text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\r\n]/;

function wellFormed(s: string): boolean {
  // A lone surrogate cannot be written as UTF-8; U+FFFD is what invalid UTF-8 turned into when the file was read.
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s) && !s.includes('\uFFFD');
}

/** Non-empty trimmed text of at most `max` characters, valid Unicode, no control characters. */
export function boundedText(max: number, options: { multiline?: boolean } = {}) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .refine((s) => options.multiline || !LINE_BREAK.test(s), 'must be a single line')
    .refine(wellFormed, 'must be valid text (no broken characters)');
}

/** An http or https URL (no javascript:, data:, file: …), at most LIMITS.url characters. */
export function httpUrl() {
  return z
    .string()
    .trim()
    .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
    .refine((s) => !CONTROL.test(s) && !/[\s<>"]/.test(s), 'must not contain spaces, quotes, angle brackets or control characters')
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));
}

export const slugText = () =>
  z
    .string()
    .max(LIMITS.slug, `must be at most ${LIMITS.slug} characters`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, hyphens)');
