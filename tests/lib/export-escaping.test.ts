/** Exports escape for their format (issue "Reliability and security": every example from its "Why"). */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '@/lib/briefing/model';
import { escapeMarkdown, markdownUrl } from '@/lib/briefing/markdown-text';
import { renderMarkdown } from '@/lib/briefing/render-markdown';
import { htmlText } from '@/lib/changes/changes-feed';
import { neutraliseFormula, toCsv } from '@/server/http/export-response';
import { EXPORT_COLUMNS, type ExportRow } from '@/lib/export/export-rows';
import { actorInput, BASE, coding, doc } from './briefing/inputs';

const HOSTILE_URL = 'https://example.org/a"><img src=x onerror=alert(1)>';

describe('Markdown briefing', () => {
  it('percent-encodes a URL that tries to close its autolink and open an <img>', () => {
    const d = doc('2021-01-01', { url: HOSTILE_URL });
    const md = renderMarkdown(buildBriefing({ ...BASE, dims: ['applicability'], actors: [actorInput('A', [d], [coding(d, 'applicability', 'rejects')])] }));
    expect(md).not.toContain('<img');
    expect(md).not.toContain('onerror=alert(1)>');
    expect(md).toContain('<https://example.org/a%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E>');
  });

  it('never writes raw HTML or a non-http link', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert(1)'); // text, not an autolink
    expect(markdownUrl('https://example.org/x y')).toBe('<https://example.org/x%20y>');
    expect(escapeMarkdown('&lt;b&gt;')).toBe('\\&lt;b\\&gt;');
  });

  it('keeps a line break in a title or summary from starting a heading, list or quote', () => {
    const d = doc('2021-01-01');
    const pack = buildBriefing({
      ...BASE,
      title: 'Brief\n# Injected heading',
      purpose: 'Line one\n\n- injected list\n> quote',
      dims: ['applicability'],
      actors: [actorInput('A', [d], [coding(d, 'applicability', 'rejects')])],
    });
    const md = renderMarkdown(pack);
    expect(md).not.toMatch(/^# Injected/m);
    expect(md).not.toMatch(/^- injected/m);
    expect(md).not.toMatch(/^> quote/m);
    expect(md).toContain('# Brief \\# Injected heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  });
});

describe('CSV export', () => {
  const row = (quote: string): ExportRow =>
    Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, c === 'quote' ? quote : c === 'below_min_confidence' ? false : 'x'])) as ExportRow;

  it('neutralises cells a spreadsheet would run as a formula (= + - @, tab, carriage return)', () => {
    for (const formula of ['=HYPERLINK("https://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const [, cells] = parse(toCsv([row(formula)]), { relax_quotes: true }) as string[][];
      expect(cells![EXPORT_COLUMNS.indexOf('quote')]).toBe(`'${formula}`);
    }
  });

  it('leaves ordinary text and booleans alone', () => {
    expect(neutraliseFormula('Binding obligation')).toBe('Binding obligation');
    const [, cells] = parse(toCsv([row('The State must act')])) as string[][];
    expect(cells![EXPORT_COLUMNS.indexOf('quote')]).toBe('The State must act');
    expect(cells![EXPORT_COLUMNS.indexOf('below_min_confidence')]).toBe('false');
  });
});

describe('Atom feed text', () => {
  it('escapes titles, which the feed library writes as type="html"', () => {
    expect(htmlText('A <b>bold</b> & "quoted" ]]> title')).toBe('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; ]]&gt; title');
  });
});
