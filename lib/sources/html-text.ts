/**
 * The readable text of an HTML page (or of the HTML mammoth makes from a DOCX), as blocks — headings and
 * paragraphs — in reading order, with entities decoded and whitespace collapsed. Scripts, styles and other
 * non-text content are dropped. `findActiveContent` reports the first thing in a page that could run code
 * (a script, an event-handler attribute, a javascript: link, an embedded frame or plug-in), with its line.
 * Built on htmlparser2's streaming parser: forgiving with real-world markup, and no DOM is built.
 */
import { Parser } from 'htmlparser2';

export type TextBlock = { text: string; heading: boolean };
export type ActiveContent = { what: string; line: number };

/** Elements whose content is never text a reader sees. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'select', 'textarea', 'button']);
/** Elements that end one block of text and start another. */
const BLOCK = new Set(
  'address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const HEADING = /^h[1-6]$/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);

/** Blocks of text in reading order. */
export function htmlTextBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let skipDepth = 0;
  let preDepth = 0;
  let headingDepth = 0;
  let backLinkDepth = 0;
  const flush = () => {
    const text = (preDepth > 0 ? buffer.replace(/[^\S\n]+/g, ' ') : buffer.replace(/\s+/g, ' ')).replace(/^\s+|\s+$/g, '');
    if (text) blocks.push({ text, heading: headingDepth > 0 });
    buffer = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIP.has(name)) skipDepth += 1;
        if (skipDepth > 0) return;
        // mammoth's footnotes end with a "↑" link back to the reference: not the document's words.
        if (name === 'a' && /^#(?:footnote|endnote)-ref-/.test(attribs.href ?? '')) backLinkDepth += 1;
        if (name === 'br') buffer += '\n';
        if (BLOCK.has(name)) flush();
        if (name === 'pre') preDepth += 1;
        if (HEADING.test(name)) headingDepth += 1;
      },
      ontext(data) {
        if (skipDepth === 0 && backLinkDepth === 0) buffer += data;
      },
      onclosetag(name) {
        if (SKIP.has(name)) return void (skipDepth = Math.max(0, skipDepth - 1));
        if (skipDepth > 0) return;
        if (name === 'a' && backLinkDepth > 0) backLinkDepth -= 1;
        if (BLOCK.has(name)) flush();
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (HEADING.test(name)) headingDepth = Math.max(0, headingDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush();
  return blocks;
}

/** The first piece of active content in `html` (what it is and its line), or null. */
export function findActiveContent(html: string): ActiveContent | null {
  let found: ActiveContent | null = null;
  const lineAt = (index: number) => html.slice(0, index).split('\n').length;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (found) return;
        const at = lineAt(parser.startIndex);
        if (name === 'script') return void (found = { what: 'a <script> element', line: at });
        if (['iframe', 'frame', 'object', 'embed', 'applet'].includes(name)) return void (found = { what: `an embedded <${name}>`, line: at });
        if (name === 'meta' && (attribs['http-equiv'] ?? '').toLowerCase() === 'refresh') return void (found = { what: 'a <meta> refresh', line: at });
        for (const [attr, value] of Object.entries(attribs)) {
          if (/^on/.test(attr)) return void (found = { what: `an event handler (${attr}= on <${name}>)`, line: at });
          // Browsers ignore whitespace and control characters inside the scheme, so "java\tscript:" counts too.
          if (URL_ATTRIBUTES.has(attr) && /^(?:javascript|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) {
            return void (found = { what: `a script link (${attr}= on <${name}>)`, line: at });
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}
