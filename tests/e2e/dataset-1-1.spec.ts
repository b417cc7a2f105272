/**
 * Dataset 1.1 in the browser and over HTTP (issue 9, items 1–4 and 7): every State listed, bloc members, joint
 * documents, Japan and the ICJ/ILC as the 1.1 coding says, context quotes labelled everywhere, no research notes.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { oldResearchNeedles } from './old-notes';
import { seedStateCoverage } from './seed-coverage';
import { documentsOf } from './seed-documents';

const CONTEXT_LABEL = 'Context — not the due-diligence passage';

async function text(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

test('/actors lists all 193 UN member States, sorts and filters, and marks those with no document', async ({ page }) => {
  // A 207-row page and axe over it: room for a slow, shared machine (nothing here measures speed).
  test.setTimeout(180_000);
  await page.goto('/actors?kind=state');
  await expect(page.locator('#actors-table tbody tr')).toHaveCount(193);
  await expect(page.locator('#state-count')).toContainText('193 States');
  const tuvalu = page.locator('tr[data-actor="tuvalu"]');
  await expect(tuvalu).toContainText('No document tracked');
  await page.getByLabel('Documents').selectOption('without');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/documents=without/);
  const without = await page.locator('#actors-table tbody tr').count();
  expect(without).toBeGreaterThan(100);
  await expect(page.locator('#actors-table tbody tr[data-documents="0"]')).toHaveCount(without);
  await page.goto('/actors?kind=state&sort=-documents');
  const firstCounts = await page.locator('#actors-table tbody tr').evaluateAll((rows) => rows.slice(0, 5).map((r) => Number(r.getAttribute('data-documents'))));
  expect(firstCounts).toEqual([...firstCounts].sort((a, b) => b - a));
  expect(firstCounts[0]).toBeGreaterThan(1);
  await expect(page.getByRole('columnheader', { name: /Documents/ })).toHaveAttribute('aria-sort', 'descending');
  await page.goto('/actors');
  await expectNoAxeViolations(page);
});

test('/actors/african-union lists its 54 members, marking which have documents', async ({ page }) => {
  await page.goto('/actors/african-union');
  await expect(page.locator('[data-member]')).toHaveCount(54);
  await expect(page.locator('#member-count')).toContainText('54 members');
  await expect(page.locator('[data-member="kenya"]')).toContainText('document');
  await expect(page.locator('[data-member="kenya"]')).not.toContainText('no document tracked');
  await expect(page.locator('[data-member="chad"]')).toContainText('no document tracked');
  await expectNoAxeViolations(page);
});

test('Iceland’s page shows the Nordic statement as a joint statement with its co-authors', async ({ page }) => {
  await page.goto('/actors/iceland');
  const doc = page.locator('#doc-denmark-2020-joint-statement');
  await expect(doc).toBeVisible();
  await expect(doc.locator('.doc-joint')).toContainText('Joint statement with Denmark, Finland, Norway and Sweden');
  await expect(doc).toContainText('Supported, no legal view');
  await page.goto('/actors/denmark');
  await expect(page.locator('#doc-denmark-2020-joint-statement .doc-joint')).toContainText('Finland, Iceland, Norway and Sweden');
});

test('Japan holds due diligence binding, with no “moved”, on its page, in /changes and in its briefing', async ({ page, request }) => {
  await page.goto('/actors/japan');
  await expect(page.locator('main')).toContainText('Binding obligation');
  // The documents after its legal view that only support the idea (computed from the seed, joint statements included).
  const docs = documentsOf('japan');
  const legal = docs.findLastIndex((d) => d.codings.applicability === 'binding_obligation');
  const later = docs.slice(legal + 1).filter((d) => d.codings.applicability === 'political_support');
  const years = [...new Set(later.map((d) => d.date.slice(0, 4)))].join(', ');
  expect(later.length).toBeGreaterThan(0);
  await expect(page.locator('main')).toContainText(
    later.length === 1
      ? `the later ${years} document supports the idea without a legal view`
      : `${later.length} later documents (${years}) support the idea without a legal view`,
  );
  expect(await page.locator('main').innerText()).not.toMatch(/moved/i);
  const changes = await text(request, '/changes?actor=japan');
  expect(changes).not.toMatch(/Unsettled/);
  const md = await text(request, '/api/v1/briefing?format=md&actors=japan');
  expect(md).toContain('Binding obligation');
  expect(md).not.toMatch(/moved/i);
  await page.goto('/briefing?actors=japan');
  expect(await page.locator('main').innerText()).not.toMatch(/moved/i);
});

test('the ICJ and the ILC show “General law, not about cyberspace”', async ({ page }) => {
  for (const slug of ['international-court-of-justice', 'international-law-commission']) {
    await page.goto(`/actors/${slug}`);
    await expect(page.locator('main')).toContainText('General law, not about cyberspace');
    await expect(page.locator('main')).not.toContainText('Binding obligation');
  }
});

test('compare keeps its default of States with documents, says how many have none, and shows coverage per dimension', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/compare?kind=state');
  const note = page.locator('#undocumented-note');
  await expect(note).toContainText('States in this view have no document tracked');
  const hidden = Number(await note.getAttribute('data-undocumented'));
  const shown = await page.locator('table tbody tr').count();
  expect(shown + hidden).toBe(193);
  const knowledge = seedStateCoverage('knowledge', new Date().toISOString().slice(0, 10));
  await expect(page.locator('#compare-matrix thead td[data-dimension="knowledge"]')).toContainText(
    `coded for ${knowledge.coded} of ${knowledge.withDocument} States with a document`,
  );
  await page.goto('/compare?kind=state&value=knowledge:actual_or_constructive&dims=knowledge');
  await expect(page.locator('#filter-gap')).toContainText(/States whose documents are not yet coded on knowledge/);
  await expect(page.locator('#filter-gap')).toContainText(/with no document tracked/);
  await page.goto('/dimensions/knowledge');
  await expect(page.locator('#coverage-line')).toContainText(`Knowledge: coded for ${knowledge.coded} of ${knowledge.withDocument} States with a document`);
  await page.goto('/method');
  await expect(page.locator('#coverage-table')).toContainText(`coded for ${knowledge.coded} of ${knowledge.withDocument} States with a document`);
  await expect(page.locator('#actor-kinds')).toBeVisible();
  await expect(page.locator('main')).toContainText('never a position');
  await expectNoAxeViolations(page);
});

test('literature is searchable and labelled as literature', async ({ page }) => {
  await page.goto('/search?q=INTERMIL');
  const hit = page.locator('[data-literature="intermil-due-diligence-cyberspace"]');
  await expect(hit).toContainText('Literature');
  await expect(hit.getByRole('link', { name: 'Denmark' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every context quote is labelled, on every actor page and in the exports', async ({ request }) => {
  // Reads all 207 actor pages over HTTP.
  test.setTimeout(900_000);
  const html = await text(request, '/actors');
  const slugs = [...new Set([...html.matchAll(/href="\/actors\/([a-z0-9-]+)"/g)].map((m) => m[1]!))];
  expect(slugs.length).toBeGreaterThan(200);
  let contextQuotes = 0;
  for (const slug of slugs) {
    const page = await text(request, `/actors/${slug}`);
    const figures = [...page.matchAll(/<figure class="quote quote-context"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    contextQuotes += figures.length;
    for (const f of figures) expect(f, slug).toContain(CONTEXT_LABEL);
    expect(page, slug).not.toContain('data-quote-role="unknown"');
  }
  expect(contextQuotes).toBeGreaterThan(20);
  const json = JSON.parse(await text(request, '/api/v1/compare?format=json&undocumented=show&dims=applicability')) as {
    rows: { quote: string | null; quote_role: string | null; quote_label: string | null }[];
  };
  const withContext = json.rows.filter((r) => r.quote_role?.includes('context'));
  expect(withContext.length).toBeGreaterThan(5);
  for (const r of withContext) expect(r.quote_label).toContain(CONTEXT_LABEL);
  for (const r of json.rows.filter((x) => x.quote)) expect(r.quote_role).toMatch(/^(due_diligence|context)( \| (due_diligence|context))*$/);
  const csv = await text(request, '/api/v1/dimensions/applicability?format=csv&experts=include');
  expect(csv.split('\n')[0]).toContain('quote_role');
  expect(csv).toContain(CONTEXT_LABEL);
});

test('no page or export contains the words of the 1.0 research notes', async ({ request }) => {
  test.setTimeout(900_000);
  const needles = oldResearchNeedles();
  expect(needles.length).toBeGreaterThan(50);
  const html = await text(request, '/actors');
  const slugs = [...new Set([...html.matchAll(/href="\/actors\/([a-z0-9-]+)"/g)].map((m) => m[1]!))];
  const withDocs = [...html.matchAll(/data-actor="([a-z0-9-]+)" data-documents="([1-9]\d*)"/g)].map((m) => m[1]!);
  expect(withDocs.length).toBeGreaterThan(50);
  const paths = [
    ...slugs.map((s) => `/actors/${s}`),
    '/compare',
    '/compare?undocumented=show&kind=expert_body',
    '/changes',
    '/changes.atom',
    '/method',
    '/timeline',
    '/api/v1/compare?format=json&undocumented=show',
    '/api/v1/compare?format=csv&kind=court',
    ...['applicability', 'knowledge', 'threshold', 'remedies'].map((d) => `/api/v1/dimensions/${d}?format=json&experts=include`),
    `/api/v1/briefing?format=md&actors=${withDocs.join(',')}`,
    `/briefing?actors=${withDocs.join(',')}`,
  ];
  for (const path of paths) {
    const body = await text(request, path);
    for (const n of needles) expect(body.includes(n), `${path} contains "${n}"`).toBe(false);
  }
});
