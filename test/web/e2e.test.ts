/**
 * The bid writer's day in headless Chromium: sign in with a key, upload fixtures/small and a
 * broken file, read the dashboard with its chart, check a vague draft, build a section and
 * download it as .docx. Every screen is checked with axe-core (no serious or critical
 * violations) and photographed at laptop and tablet size under test-results/web/.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/access/create-api-key.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import { buildApp } from '../../src/api/app.js';
import type { Database } from '../../src/data/database.js';
import { DEFAULT_WEB_ROOT, registerWebApp } from '../../src/api/plugins/serve-web.js';
import { openTestDatabase } from '../support/test-database.js';
import { isBacked, type ClaimStatus } from '../../src/web/app/format.js';
import { checkAccessibility, CHROMIUM, CHROMIUM_FLAGS, haveChromium, SHOTS, ACTION_TIMEOUT, BROWSER_TEST } from './support/browser.js';

const SMALL_DIR = path.resolve('fixtures/small');
const BROKEN_FILE = path.resolve('fixtures/broken/impossible-date-reviews.csv');
const LAPTOP = { width: 1280, height: 800 };
const TABLET = { width: 820, height: 1180 };
const PERIOD = '2026-Q2';

const VAGUE_DRAFT = [
  'We involve families in reviews and keep everyone informed.',
  '',
  'We value the views of the people we support and listen to feedback. 96% of summaries go out on time.',
].join('\n');

if (!haveChromium) console.warn(`Skipping the web end-to-end test: ${CHROMIUM} is not installed (apt-get install -y chromium).`);

interface Running {
  db: Database;
  app: FastifyInstance;
  url: string;
  key: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  downloads: string;
}

let run: Running;
/** Script errors and console errors of the page: the run ends by asserting there were none. */
const pageErrors: string[] = [];
/** Every 4xx/5xx answer the page received, as `status path`. */
const problemResponses: string[] = [];

/** The screen at laptop size, then at tablet size, then back. */
async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}-laptop.png`), fullPage: true });
  await page.setViewportSize(TABLET);
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(SHOTS, `${name}-tablet.png`), fullPage: true });
  await page.setViewportSize(LAPTOP);
}

async function goTo(page: Page, linkName: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: linkName }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
}

describe.skipIf(!haveChromium)('web page end to end (headless Chromium)', BROWSER_TEST, () => {
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    // Build exactly what `npm run build:web` builds, so the page under test is the current source.
    await build({ configFile: path.resolve('src/web/vite.config.ts'), logLevel: 'error' });
    const db = await openTestDatabase('pglite');
    await createOrganisation({ db, name: 'Small Test Care Ltd', slug: 'small-test', bidderName: 'Small Test Care' });
    const { key } = await createApiKey({ db, organisation: 'small-test', name: 'web e2e' });
    const app = await buildApp({ db });
    // Until app.ts registers the page itself.
    if (!app.hasRoute({ method: 'GET', url: '/*' })) await registerWebApp(app, { root: DEFAULT_WEB_ROOT });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
    // bypassCSP lets the test inject axe-core; the page itself runs under its strict policy.
    const context = await browser.newContext({ viewport: LAPTOP, acceptDownloads: true, bypassCSP: true, baseURL: url });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    context.setDefaultTimeout(ACTION_TIMEOUT);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Chrome logs every 4xx answer as a console error; expected problem answers are listed by URL instead.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource: the server responded with a status of 4')) pageErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problemResponses.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    const downloads = await mkdtemp(path.join(os.tmpdir(), 'assured-web-'));
    run = { db, app, url, key, browser, context, page, downloads };
  }, 180_000);

  afterAll(async () => {
    await run?.browser.close();
    await run?.app.close();
    await run?.db.close();
    if (run?.downloads) await rm(run.downloads, { recursive: true, force: true });
  });

  it('signs in with an API key kept in session storage, never in the URL', async () => {
    const { page, key } = run;
    await page.goto('/');
    await expect.poll(() => page.url()).toMatch(/\/sign-in$/);
    await checkAccessibility(page, 'sign in');
    await snap(page, '01-sign-in');

    // People sign in with email and password; an integration's key sits behind a disclosure.
    await page.getByText('Use an API key instead').click();
    await page.getByLabel('API key').fill('asd_not_a_real_key');
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/key/i);

    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dashboard');
    expect(page.url()).not.toContain(key);
    expect(await page.evaluate('sessionStorage.getItem("assured.apiKey")')).toBe(key);
    expect(await page.evaluate('localStorage.length')).toBe(0);
  });

  it('imports the fixture files with the picker, then shows every rejected row of a dropped broken file and downloads them', async () => {
    const { page, downloads } = run;
    await goTo(page, 'Data', 'Data');
    await checkAccessibility(page, 'data (empty)');

    const smallFiles = (await readdir(SMALL_DIR)).sort().map((name) => path.join(SMALL_DIR, name));
    await page.getByLabel('Involvement files').setInputFiles(smallFiles);
    await page.getByRole('button', { name: 'Import files' }).click();
    const status = page.locator('#import-report-heading ~ [role=status]');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Imported\./);
    // 20 reviews in fixtures/small (see fixtures/README.md), all created.
    const reviewsRow = page.getByRole('row', { name: /^reviews\b/ }).first();
    expect(await reviewsRow.locator('td').allTextContents()).toEqual(['20', '0', '0']);
    await checkAccessibility(page, 'data (imported)');
    await snap(page, '02-data-imported');

    // The broken file arrives by drag and drop, as most bid writers will send it.
    const dataTransfer = await page.evaluateHandle(
      ({ name, text }) => {
        // Runs in the page; the test's own types know no DOM.
        const page = globalThis as unknown as {
          DataTransfer: new () => { items: { add: (file: unknown) => void } };
          File: new (parts: string[], name: string, options: { type: string }) => unknown;
        };
        const transfer = new page.DataTransfer();
        transfer.items.add(new page.File([text], name, { type: 'text/csv' }));
        return transfer;
      },
      { name: path.basename(BROKEN_FILE), text: await readFile(BROKEN_FILE, 'utf8') },
    );
    await page.locator('.dropzone').dispatchEvent('dragover', { dataTransfer });
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer });
    await page.getByRole('button', { name: 'Import files' }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Rejected\. Nothing was imported: 1 error in 1 file/);
    const errorRows = page.locator('table.error-table tbody tr');
    expect(await errorRows.count()).toBe(1);
    expect(await errorRows.first().locator('td').allTextContents()).toEqual([
      'impossible-date-reviews.csv',
      '3',
      'summary_sent_on',
      '31/02/2026',
      'is not a real date; expected a date as DD/MM/YYYY or YYYY-MM-DD',
    ]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download impossible-date-reviews.rejected.csv' }).click()]);
    expect(download.suggestedFilename()).toBe('impossible-date-reviews.rejected.csv');
    const saved = path.join(downloads, download.suggestedFilename());
    await download.saveAs(saved);
    const lines = (await readFile(saved, 'utf8')).trim().split(/\r\n/);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('id,person_id,type,held_on,duration_minutes,chair_role,agenda_sent_on,agenda_format,accessible_format_used,summary_sent_on,errors');
    expect(lines[1]).toMatch(/^R-902,P-002,mini-review,24\/02\/2026,25,key-worker,20\/02\/2026,standard,,31\/02\/2026,.*not a real date/);
    await checkAccessibility(page, 'data (rejected)');
    await snap(page, '03-data-rejected');
  });

  it('shows the figures as cards, a trend chart and the self-score grid for a period', async () => {
    const { page } = run;
    await goTo(page, 'Dashboard', 'Dashboard');
    await page.getByLabel('Period', { exact: true }).fill(PERIOD);
    await page.getByRole('button', { name: 'Show figures' }).click();
    await expect.poll(() => page.locator('#figures-heading').textContent(), { timeout: 30_000 }).toBe('Figures for Q2 2026');

    const card = page.locator('[data-figure-id="summaries-on-time"]');
    expect(await card.locator('.figure-value').textContent()).toBe('83.3%');
    const facts = await card.locator('dd').allTextContents();
    expect(facts[0]).toBe('10 of 12');
    // One way of writing a period: "Q2 2026", never the code.
    expect(facts).toContain('Q2 2026');
    expect(facts).not.toContain(PERIOD);
    expect(facts).toContain('Elmbrook supported living and Fernwood home care');
    expect(facts.at(-1)).toMatch(/^review records: 10 of 12 reviews/);
    // Status against the threshold: 83.3% of summaries on time is below 90%, and marked weak.
    expect(await card.getAttribute('data-status')).toBe('below');
    expect(await card.getAttribute('class')).toContain('figure-weak');
    expect(await card.locator('.figure-status').textContent()).toBe('⚠ Below threshold 83.3% of cases meet the standard; threshold 90%');
    expect(await page.locator('[data-figure-id="actions-on-time"]').getByText('Small sample').count()).toBe(1);
    expect(await page.locator('[data-figure-id="actions-on-time"]').getAttribute('data-status')).toBe('small-sample');
    // Every figure has a status in words.
    const statuses = await page.locator('.figure-card .figure-status .badge').allTextContents();
    expect(statuses.length).toBe(await page.locator('.figure-card').count());
    for (const status of statuses) expect(status).toMatch(/^(✓ Met|⚠ Below threshold|⚠ Small sample|– No data|No threshold)$/);

    // The chart is drawn: the canvas has a size and coloured pixels, and its numbers are in the table.
    const canvas = page.locator('.chart-box canvas');
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    const drawn = (await page.evaluate(`(() => {
      const canvas = document.querySelector('.chart-box canvas');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && !(data[i] === data[i + 1] && data[i + 1] === data[i + 2])) coloured += 1;
      return coloured;
    })()`)) as number;
    expect(drawn).toBeGreaterThan(200);
    const trendRow = await page.locator('.chart-table tbody tr').filter({ hasText: 'Summaries on time' }).locator('td').allTextContents();
    expect(trendRow).toEqual(['n/a', 'n/a', '75%', '83.3%']);

    const score = page.locator('#score-heading ~ .alert');
    expect(await score.textContent()).toMatch(/^\d+ of 20(: \d+ points? short of the target of 17\.| meets the target of 17\.)$/);
    expect(await page.locator('.score-table tbody tr').count()).toBe(10);
    await checkAccessibility(page, 'dashboard');
    await snap(page, '04-dashboard');
  });

  it('checks a vague draft as it is typed: each finding marked at its exact words, each number validated', async () => {
    const { page } = run;
    await goTo(page, 'Check a draft', 'Check a draft');
    expect(await page.getByLabel('Check every number and practice claim against the records of a period').isChecked()).toBe(true);
    await page.getByLabel('Period', { exact: true }).fill(PERIOD);
    await page.getByLabel('Draft (Markdown)').fill(VAGUE_DRAFT);
    expect(await page.locator('#draft-text-count').textContent()).toBe('29 words of 250');
    await expect.poll(() => page.locator('.live-editor-state').getAttribute('data-state'), { timeout: 30_000 }).toBe('settled');

    // Every mark's words are the quoted words of each finding it carries.
    const marks = page.locator('.live-editor-backdrop mark');
    expect(await marks.count()).toBeGreaterThan(0);
    const marked = await marks.evaluateAll((elements) => elements.map((element) => ({ text: element.textContent, ids: element.getAttribute('data-finding') })));
    for (const item of marked) {
      for (const id of item.ids!.split(' ')) expect(await page.locator(`.live-finding[data-finding="${id}"] .live-finding-quote`).textContent()).toBe(`“${item.text}”`);
    }
    const vague = page.locator('.live-finding[data-rule="no-vague-involvement"]').filter({ hasText: '“involve families”' });
    expect(await vague.count()).toBe(1);
    const vagueId = (await vague.getAttribute('data-finding'))!;
    expect(marked.find((item) => item.ids!.split(' ').includes(vagueId))?.text).toBe('involve families');
    expect(await page.locator('.live-finding[data-kind="tokenism"]').count()).toBeGreaterThan(0);

    // The finding selects its words in the box.
    await vague.getByRole('button', { name: /^Show in text/ }).click();
    expect(await page.evaluate(`(() => { const box = document.activeElement; return box.value.slice(box.selectionStart, box.selectionEnd); })()`)).toBe('involve families');

    // 96% is the wrong number for summaries on time in Q2 2026 (83.3%).
    const claim = page.locator('.live-finding[data-kind="claim"]').filter({ hasText: '“96%”' });
    expect(await claim.locator('.live-finding-head').textContent()).toContain('Wrong number for your records');
    expect(await claim.getByRole('button', { name: 'Replace with “83.3%”' }).count()).toBe(1);
    expect(await page.locator('.structure li.missing').count()).toBeGreaterThan(0);
    expect(await page.locator('.structure li[data-line="assurance"] .badge').textContent()).toContain('Missing');
    await checkAccessibility(page, 'check');
    await snap(page, '05-check');
  });

  it('builds a section with sourced numbers and rewrites, downloads the .docx and copies the Markdown', async () => {
    const { page, downloads } = run;
    await goTo(page, 'Build a section', 'Build a section');
    await page.getByLabel('Tender question').fill('Describe how you involve people, their families and advocates in reviewing their support.');
    await page.getByLabel('Answer limit').fill('250');
    await page.getByLabel('Period', { exact: true }).fill(PERIOD);
    await page.getByLabel('Your current draft (optional)').fill(VAGUE_DRAFT);
    await page.getByRole('button', { name: 'Build section' }).click();
    await expect.poll(() => page.locator('#section-heading').count(), { timeout: 60_000 }).toBe(1);

    const links = page.locator('.response-text a.claim-number[data-source-kind="figure"]');
    expect(await links.count()).toBeGreaterThan(0);
    const first = links.first();
    const figureId = (await first.getAttribute('data-figure-id'))!;
    const tipId = (await first.getAttribute('aria-describedby'))!;
    const tip = page.locator(`[id="${tipId}"]`);
    expect(await tip.isVisible()).toBe(false);
    await first.focus();
    expect(await tip.isVisible()).toBe(true);
    const tipText = (await tip.textContent())!;
    expect(tipText).toMatch(/; period \S+; place .+; source .+/);
    expect(await first.getAttribute('href')).toBe(`#source-${figureId}`);
    expect(await page.locator(`[id="source-${figureId}"]`).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await first.hover();
    expect(await tip.isVisible()).toBe(true);
    await snap(page, '06-section-tooltip');

    expect(await page.locator('table.rewrites tbody tr').count()).toBeGreaterThan(0);
    await checkAccessibility(page, 'build');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .docx' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^section-.+\.docx$/);
    const saved = path.join(downloads, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = await readFile(saved);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: docText } = await mammoth.extractRawText({ buffer: bytes });
    const linkText = (await first.textContent())!;
    expect(docText).toContain(linkText);

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('Copied the section as Markdown.');
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(copied).toContain(linkText);
    const sectionId = /^section-(.+)\.docx$/.exec(download.suggestedFilename())![1]!;
    const stored = (await (await fetch(`${run.url}/v1/sections/${sectionId}`, { headers: { authorization: `Bearer ${run.key}` } })).json()) as { responseText: string };
    expect(copied).toBe(stored.responseText);
    // Only claims the records do not back are marked as errors.
    const { validation } = (await (await fetch(`${run.url}/v1/sections/${sectionId}`, { headers: { authorization: `Bearer ${run.key}` } })).json()) as { validation: { claims: { status: ClaimStatus }[] } };
    expect(await page.locator('.response-text .claim-unbacked').count()).toBe(validation.claims.filter((entry) => !isBacked(entry.status)).length);
    await snap(page, '07-section');
  });

  it('leaves no script or console errors behind', () => {
    expect(pageErrors).toEqual([]);
    // The deliberate failures: the wrong key at sign-in and the broken file's import.
    // Besides them, the empty dashboard right after sign-in (before any import) may answer 404.
    expect(problemResponses.filter((line) => !/^404 \/v1\/(figures|score)$/.test(line))).toEqual(['401 /v1/exports', '422 /v1/imports']);
  });
});
