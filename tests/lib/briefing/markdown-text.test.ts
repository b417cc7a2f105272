/**
 * The Markdown escaping, rendered by the renderers people use: `marked` (GFM on by default, raw HTML allowed) and
 * markdown-it with raw HTML and linkify on (its most permissive setting). Each hostile string must come out as text:
 * the rendered text equals the input, and the only elements are the paragraph (and heading or cell it sits in) and
 * links to http(s) or mailto addresses the text itself contains.
 */
import { marked } from 'marked';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownUrl } from '@/lib/briefing/markdown-text';
import { HOSTILE_STRINGS } from './hostile-strings';

const markdownIt = new MarkdownIt({ html: true, linkify: true });
const RENDERERS = {
  marked: (md: string) => marked.parse(md, { async: false }),
  'markdown-it': (md: string) => markdownIt.render(md),
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
const tags = (html: string) => [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2]!.trim() }));

/** Every element is one the Markdown around the text asked for, or a link whose only attribute is a safe href. */
function expectOnlyText(html: string, allowed: readonly string[], input: string) {
  for (const t of tags(html)) {
    if (t.name === 'a') expect(t.attributes, html).toMatch(/^href="(https?:\/\/|mailto:)[^"\s<>]*"$/i);
    else {
      expect(allowed, html).toContain(t.name);
      expect(t.attributes, html).toBe('');
    }
  }
  expect(textOf(html)).toBe(input.replace(/\s+/g, ' ').trim());
}

describe('escapeMarkdown, rendered by marked and markdown-it', () => {
  for (const [name, render] of Object.entries(RENDERERS)) {
    it(`keeps every hostile string as text in ${name}: alone, after a list marker, in a heading and in a table cell`, () => {
      for (const s of HOSTILE_STRINGS) {
        const e = escapeMarkdown(s);
        expect(e).not.toMatch(/[\r\n]/);
        expectOnlyText(render(e), ['p'], s);
        expectOnlyText(render(`- ${e}`), ['ul', 'li'], s);
        expectOnlyText(render(`# ${e}`), ['h1'], s);
        const table = render(`| Actor | Value |\n|---|---|\n| ${e} | x |`);
        expectOnlyText(table, ['table', 'thead', 'tbody', 'tr', 'th', 'td'], `Actor Value ${s} x`);
      }
    });
  }

  it('writes a bare http(s) URL in text as an explicit autolink that ends where the URL ends', () => {
    expect(escapeMarkdown('Published at http://a.example/<img src=x onerror=alert(1)//> by the ministry.')).toBe(
      'Published at <http://a.example/>\\<img src=x onerror=alert(1)//\\> by the ministry.',
    );
    expect(escapeMarkdown('See https://a.example/a_(b).')).toBe('See <https://a.example/a_(b)>.');
    expect(escapeMarkdown('(see https://a.example/x)')).toBe('(see <https://a.example/x>)');
  });

  it('defuses the other autolink triggers with escapes CommonMark renders invisibly', () => {
    expect(escapeMarkdown('www.a.example and ftp://a.example and mailto:x@a.example')).toBe('www\\.a.example and ftp\\://a.example and mailto\\:x@a.example');
  });

  it('leaves ordinary prose readable: only characters that open markup are escaped', () => {
    expect(escapeMarkdown('The State must act, R&D (2019); 5 - 3 = 2.')).toBe('The State must act, R&D (2019); 5 - 3 = 2.');
    expect(escapeMarkdown('snake_case 2 * 3')).toBe('snake\\_case 2 \\* 3');
  });

  it('percent-encodes a citation URL that tries to close its autolink, and never links anything but http(s)', () => {
    expect(markdownUrl('https://a.example/a"><img src=x onerror=alert(1)>')).toBe('<https://a.example/a%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E>');
    expect(markdownUrl('https://a.example/a|b\\c')).toBe('<https://a.example/a%7Cb%5Cc>');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    for (const [, render] of Object.entries(RENDERERS)) {
      for (const url of ['https://a.example/"onmouseover="alert(1)', 'https://a.example/<script>alert(1)</script>']) {
        for (const t of tags(render(`See ${markdownUrl(url)}.`))) expect(['p', 'a']).toContain(t.name);
      }
    }
  });
});
