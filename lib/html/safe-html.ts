/**
 * HTML built as a string, for the few places where a React element per node costs too much (the /compare matrix: some
 * 400 cells, each a link with spans). It gives up React's escaping, so escaping happens here, in one place:
 *
 * - `markup` is a tagged template: every interpolated value is escaped, unless it is itself a `SafeHtml` made by `markup`
 *   (there is no other way to make one), so markup can only come from template literals in our source, never from
 *   data. Interpolate only into text and double-quoted attribute values; links come from lib/url/hrefs.ts (always
 *   relative and encoded).
 * - `escapeHtml` escapes exactly as React does (`& < > " '`), so a string renderer and a React component give the same
 *   bytes for the same text (tested against react-dom/server with hostile strings).
 *
 * Arrays are joined; `null`, `undefined` and `false` render nothing (as in JSX).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const NEEDS_ESCAPE = /["'&<>]/;
const ESCAPE_ALL = /["'&<>]/g;

export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (c) => ESCAPES[c]!) : text;
}

export class SafeHtml {
  /** Only `markup` constructs it: the constructor takes a token no other module has. */
  constructor(
    readonly value: string,
    token: symbol,
  ) {
    if (token !== TOKEN) throw new Error('SafeHtml is made by the markup template only');
  }
  toString(): string {
    return this.value;
  }
}

const TOKEN = Symbol('safe-html');

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out, TOKEN);
}

/**
 * A link target for an `href`: only in-app addresses (`/path`, `?query`, `#fragment`, as lib/url/hrefs.ts builds
 * them) — never a scheme such as `javascript:` (React blocks those too) nor a protocol-relative `//host`.
 */
export function appHref(url: string): string {
  if (!/^(?:\/(?!\/)|[?#])/.test(url)) throw new Error(`not an in-app link: ${JSON.stringify(url.slice(0, 80))}`);
  return url;
}
