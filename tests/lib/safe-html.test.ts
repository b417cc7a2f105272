/**
 * The one escaping function of string-built HTML (lib/html/safe-html.ts): hostile text and attribute values come out
 * exactly as React renders them (react-dom/server), and data can never become markup.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { appHref, escapeHtml, markup, SafeHtml } from '@/lib/html/safe-html';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '&lt;already escaped&gt; & raw &',
  'javascript:alert(1)',
  '</td></tr></tbody></table><script>x</script>',
  '<!-- comment --> <![CDATA[ x ]]>',
  'Côte d’Ivoire — “quoted” ‘single’ «guillemets» 中文 😀',
  '\u0000\u0008\u001f\u2028\u2029',
  '',
  '`${template}`',
  '<svg/onload=alert(1)>',
];

describe('escapeHtml', () => {
  it('gives the bytes React gives, in text and in an attribute value', () => {
    for (const s of HOSTILE) {
      expect(markup`<span title="${s}">${s}</span>`.value, JSON.stringify(s)).toBe(renderToStaticMarkup(createElement('span', { title: s }, s)));
      const path = `/actors/${s}`;
      expect(markup`<a href="${appHref(path)}">${s}</a>`.value, JSON.stringify(s)).toBe(renderToStaticMarkup(createElement('a', { href: path }, s)));
    }
  });

  it('refuses any link that is not in-app', () => {
    for (const url of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/html,x',
      '//evil.example/x',
      'https://evil.example',
      'vbscript:x',
      '',
    ])
      expect(() => appHref(url), url).toThrow('not an in-app link');
    for (const url of ['/compare?asOf=2021-01-01&cell=a:b#evidence', '?page=2', '#evidence']) expect(appHref(url)).toBe(url);
  });

  it('leaves no raw markup character in what it returns', () => {
    for (const s of HOSTILE) expect(escapeHtml(s)).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#x27);)/);
  });
});

describe('markup', () => {
  it('escapes every value, nested templates and arrays alike, and keeps only markup written in the source', () => {
    const cells = HOSTILE.map((s) => markup`<td data-x="${s}">${s}</td>`);
    const out = markup`<tr>${cells}${null}${undefined}${false}${0}</tr>`.value;
    // Parsed back, the only elements are the ones in the templates, and each value reads back as it was.
    const doc = parseDocument(out, { decodeEntities: true });
    const elements = DomUtils.getElementsByTagName(() => true, doc.children, true);
    expect(elements.map((e) => e.name)).toEqual(['tr', ...HOSTILE.map(() => 'td')]);
    const tds = elements.filter((e) => e.name === 'td');
    expect(tds.map((td) => td.attribs['data-x'])).toEqual(HOSTILE);
    expect(tds.map((td) => DomUtils.textContent(td))).toEqual(HOSTILE);
    expect(out.endsWith('0</tr>')).toBe(true);
  });

  it('cannot be forged from data: only the markup template makes SafeHtml', () => {
    expect(() => new SafeHtml('<b>x</b>', Symbol('safe-html'))).toThrow();
    // A look-alike object is just a value: escaped like any other.
    const forged = { value: '<script>x</script>', toString: () => '<script>x</script>' };
    expect(markup`${forged as unknown as string}`.value).toBe('&lt;script&gt;x&lt;/script&gt;');
  });
});
