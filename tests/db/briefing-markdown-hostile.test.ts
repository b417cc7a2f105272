/**
 * Issue 22: the Markdown briefing of a hostile (but valid) seed, rendered by `marked` and by markdown-it (raw HTML
 * and linkify on), then opened in Chromium: the page holds only the elements the briefing's own Markdown asks for
 * (headings, paragraphs, lists, tables, emphasis, links to http(s)), no event attribute, and no script runs — and the
 * hostile text is still there, shown as text.
 */
import { rmSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { marked } from 'marked';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/briefing/route';
import { seedTestDb } from '../helpers/db';
import { hostileSeed } from '../helpers/hostile-seed';

const ACTORS = ['european-union', 'china', 'russia', 'united-states', 'african-union'];
const TITLE = 'Brief http://a.example/<img src=x onerror=alert(1)//> [^9]';
const PURPOSE = 'For www.a.example/<script>alert(1)</script> *now*';
/** What the briefing's own Markdown produces: anything else came from the text. */
const ALLOWED = ['HTML', 'HEAD', 'BODY', 'H1', 'H2', 'H3', 'H4', 'P', 'UL', 'OL', 'LI', 'EM', 'STRONG', 'A', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD'];

const markdownIt = new MarkdownIt({ html: true, linkify: true });
const RENDERERS = { marked: (md: string) => marked.parse(md, { async: false }), 'markdown-it': (md: string) => markdownIt.render(md) };

let browser: Browser;
let seedDir: string;
let nameSuffix: string;

beforeAll(async () => {
  const hostile = hostileSeed(ACTORS);
  seedDir = hostile.dir;
  nameSuffix = hostile.nameSuffix;
  seedTestDb(hostile.seed);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(seedDir, { recursive: true, force: true });
});

async function briefingMarkdown(extra: string): Promise<string> {
  const q = new URLSearchParams({ actors: ACTORS.join(','), asOf: '2026-06-30', title: TITLE, purpose: PURPOSE, format: 'md' });
  const res = await GET(new Request(`http://localhost/api/v1/briefing?${q}${extra}`));
  expect(res.status).toBe(200);
  return res.text();
}

/** Opens the HTML in Chromium and reports every element, attribute and dialog it produced. */
async function inChromium(html: string) {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setContent(`<!doctype html><html><head></head><body>${html}</body></html>`, { waitUntil: 'load' });
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('*')].map((e) => ({ tag: e.tagName, attributes: [...e.attributes].map((a) => [a.name, a.value] as const) })),
  );
  const text = await page.evaluate(() => document.body.textContent ?? '');
  await page.close();
  return { found, text, dialogs };
}

describe('the Markdown briefing of a hostile seed, rendered and opened in Chromium', () => {
  for (const [layout, extra] of [
    ['two-page brief', ''],
    ['full pack', '&layout=full'],
  ] as const) {
    for (const [name, render] of Object.entries(RENDERERS)) {
      it(`${layout}, ${name}: no element or attribute the text did not ask for, and the text still shown`, async () => {
        const md = await briefingMarkdown(extra);
        expect(md).toContain('onerror=alert(1)');
        const { found, text, dialogs } = await inChromium(render(md));
        expect(dialogs).toEqual([]);
        expect([...new Set(found.map((e) => e.tag))].filter((t) => !ALLOWED.includes(t))).toEqual([]);
        for (const e of found) {
          for (const [attribute, value] of e.attributes) {
            expect(`${e.tag} ${attribute}`).toMatch(/^A href$/);
            expect(value).toMatch(/^(https?:\/\/|mailto:)/i);
          }
        }
        expect(text).toContain(`European Union${nameSuffix}`);
        expect(text).toContain('Published at http://a.example/<img src=x onerror=alert(1)//> by the ministry.');
      });
    }
  }
});
