/**
 * Screenshots of the five main pages at phone (390 × 844) and desktop (1440 × 900) size into docs/screenshots/, with
 * Playwright driving Debian's Chromium. Start the app first (e.g. `npm run serve`), then:
 *   BASE_URL=http://127.0.0.1:3000 npx tsx scripts/screenshots.ts
 * Only the first screen of each page is captured, so the files stay small.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const OUT = join(process.cwd(), 'docs', 'screenshots');
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'compare', path: '/compare?view=compact' },
  { name: 'actor-denmark', path: '/actors/denmark' },
  { name: 'timeline', path: '/timeline' },
  { name: 'briefing', path: '/briefing?actors=denmark,china,european-union,united-states' },
];
const SIZES = [
  { name: '390x844', width: 390, height: 844 },
  { name: '1440x900', width: 1440, height: 900 },
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      for (const p of PAGES) {
        const res = await page.goto(`${BASE}${p.path}`, { waitUntil: 'networkidle' });
        if (!res || res.status() !== 200) throw new Error(`${p.path} answered ${res?.status()}`);
        const file = join(OUT, `${p.name}-${size.name}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
