/**
 * Text from the dataset and from users, made safe for Markdown: whatever renderer reads the file (CommonMark, GitHub's
 * GFM, `marked`, markdown-it with HTML and linkify on), the text stays text — no raw HTML, no extra footnote, link,
 * emphasis or block — while staying readable (only the characters that could start markup are escaped).
 *
 * Why backslash escapes are not enough: the GFM autolink rules of `marked` and markdown-it (and cmark-gfm's) read a
 * bare `http://…`, `ftp://…` or `www.…` straight from the source, backslashes included, so in
 * `http://a.example/\<img onerror=…>` the link swallows the backslash and the `<img …>` after it becomes live HTML.
 * So a bare http(s) URL in text is written as an explicit autolink `<…>` (percent-encoded, ending where a URL must
 * end), and the other autolink triggers (`ftp://`, `www.`, `mailto:`) are defused with an escape that CommonMark
 * renders invisibly (`ftp\://`, `www\.`).
 */

/** Characters a URL may hold unencoded (RFC 3986 reserved and unreserved, and `%`); everything else is encoded. */
const URL_SAFE = /[^A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]/gu;
/** A bare http(s) URL inside text: it ends at the first character a URL cannot hold unencoded (space, `<`, `\`, …). */
const URL_IN_TEXT = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]*/giu;
/** Punctuation that ends a sentence rather than a URL (GFM's autolink rule trims the same). */
const TRAILING = /[.,:;!?*_~]+$/;

function percentEncode(url: string): string {
  return url.replace(URL_SAFE, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate cannot be encoded; the seed validator rejects them anyway
    }
  });
}

/**
 * A URL as a Markdown autolink: `<https://…>` keeps underscores and brackets intact, and every character that could
 * close the autolink or an HTML attribute (`<`, `>`, quotes, spaces, backslashes, `|` in a table…) is
 * percent-encoded. Anything that is not http(s) is written as plain text, never as a link.
 */
export function markdownUrl(url: string): string {
  if (!/^https?:\/\/./i.test(url)) return escapeMarkdown(url);
  return `<${percentEncode(url)}>`;
}

/** Escapes for text that is not a URL: the characters that open markup, and the autolink triggers other than http(s). */
function escapePlain(s: string): string {
  return (
    s
      .replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
      // `&` only where it could start an entity (`&lt;`, `&#60;`): "R&D" stays readable.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // Autolink triggers that are not http(s): `ftp://`, `mailto:`, `www.` — escaped punctuation renders the same.
      .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:')
      .replace(/\b(mailto):/gi, '$1\\:')
      .replace(/\b(www)\./gi, '$1\\.')
  );
}

/** Splits a bare URL match into the URL and the sentence punctuation after it (an unbalanced `)` or `]` too). */
function trimUrl(match: string): [string, string] {
  let url = match;
  for (;;) {
    const trailing = TRAILING.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    const last = url.at(-1);
    const unbalanced = (last === ')' && url.split('(').length < url.split(')').length) || (last === ']' && url.split('[').length < url.split(']').length);
    if (!unbalanced && !trailing) break;
    if (unbalanced) url = url.slice(0, -1);
  }
  return [url, match.slice(url.length)];
}

/**
 * One line of inline text, as text: no raw HTML (`<` is escaped), no entity tricks (`&lt;`), no footnote, link,
 * code or emphasis (`[ ] \` * _ ~`), no table cell break (`|`), no new block (line breaks become spaces, the
 * ends are trimmed, a leading list marker is escaped), and no autolink that could swallow an escape (see the file comment).
 */
export function escapeMarkdown(s: string): string {
  const line = s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
  let out = '';
  let at = 0;
  for (const m of line.matchAll(URL_IN_TEXT)) {
    const [url, rest] = trimUrl(m[0]);
    out += escapePlain(line.slice(at, m.index));
    // A bare scheme with no host is not a link: defuse it like the other triggers.
    out += url.length > url.indexOf('//') + 2 ? `<${percentEncode(url)}>` : escapePlain(url);
    out += escapePlain(rest);
    at = m.index + m[0].length;
  }
  out += escapePlain(line.slice(at));
  return (
    out
      // A leading list marker: "- x" → "\- x"; "1. x" → "1\. x" (CommonMark escapes punctuation, not digits).
      .replace(/^([-+=])(?=\s|$)/, '\\$1')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
  );
}
