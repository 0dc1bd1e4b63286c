/**
 * The dashboard on a phone (390×844) and on a laptop (1280×800) in headless Chromium, with the
 * fixtures/small records: on the phone each headline figure shows its value, status and change at
 * a glance and keeps its detail (why, count, place, source), the other figures, the trend and the
 * self-score grid behind disclosures that start closed, so the page stays a few screens tall; on
 * the laptop everything shows as before. Checked with axe-core and for sideways scrolling at 320 px.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/access/create-api-key.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { checkAccessibility, haveChromium, heading, inspector, SIZES, START_TIMEOUT, startWebApp, stopWebApp, type WebApp, type WindowSize, ACTION_TIMEOUT, BROWSER_TEST } from './support/browser.js';

const SLOW = { timeout: 30_000 };
/** The shared phone size (390×844). */
const PHONE_SIZE = SIZES.find((size) => size.name === 'phone') as WindowSize;
const PHONE = PHONE_SIZE.viewport;
const LAPTOP = { width: 1280, height: 800 };
/**
 * With every disclosure closed the phone page measured 2,964 px (10,874 px before the detail was
 * folded away): about 925 px of site header and period form, eight headline figures of about
 * 150 px each, and a line or two for each section below them. 3,300 leaves a tenth for other
 * fonts and still fails when any section starts open (the trend chart, the smallest, adds about
 * 450 px; the other figures or the self-score grid well over 1,000) or when the headline figures
 * go back to full cards (about 1,100 px more).
 */
const PHONE_HEIGHT_BOUND = 3_300;

let web: WebApp;
let browser: Browser;
let key: string;

const inspect = inspector('dashboard-phone', { narrowShot: true });
const documentHeight = (page: Page) => page.evaluate('document.documentElement.scrollHeight') as Promise<number>;
const sidewaysOverflow = (page: Page) => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as Promise<number>;

async function openDashboard(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, bypassCSP: true, baseURL: web.url });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByText('Use an API key instead').click();
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in with the key' }).click();
  await expect.poll(() => heading(page), SLOW).toBe('Dashboard');
  await page.getByLabel('Period', { exact: true }).waitFor(SLOW);
  await page.getByLabel('Period', { exact: true }).fill('2026-Q2');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect.poll(() => page.locator('#figures-heading').textContent(), SLOW).toBe('Figures for Q2 2026');
  return page;
}

describe.skipIf(!haveChromium)('the dashboard at phone and laptop size (headless Chromium)', BROWSER_TEST, () => {
  beforeAll(async () => {
    web = await startWebApp();
    browser = web.browser;
    await createOrganisation({ db: web.db, name: 'Small Test Care Ltd', slug: 'small-test', bidderName: 'Small Test Care' });
    const files = (await readFixtureFiles(path.resolve('fixtures/small'))).filter((file) => file.name !== 'organisation.csv');
    expect((await importFiles({ db: web.db, files, organisation: 'small-test' })).errorCount).toBe(0);
    ({ key } = await createApiKey({ db: web.db, organisation: 'small-test', name: 'dashboard phone' }));
  }, START_TIMEOUT);

  afterAll(() => stopWebApp(web));

  it('shows each headline figure at a glance on a phone, with its detail one disclosure away', async () => {
    const page = await openDashboard(PHONE);
    try {
      const headline = page.locator('section[aria-labelledby="figures-heading"] > .card-grid').first().locator('.figure-card');
      const count = await headline.count();
      expect(count).toBeGreaterThan(3);
      for (let index = 0; index < count; index += 1) {
        const card = headline.nth(index);
        expect(await card.locator('.figure-value').isVisible()).toBe(true);
        expect(await card.locator('.figure-status .badge').isVisible()).toBe(true);
        // Folded away, not left out: the disclosure opens it.
        expect(await card.locator('.figure-facts').first().isVisible()).toBe(false);
      }
      // Every figure card is still on the page (the CSV download follows their order).
      expect(await page.locator('.figure-card').count()).toBeGreaterThan(count);

      const height = await documentHeight(page);
      console.info(`dashboard at 390×844, disclosures closed: ${height} px`);
      expect(height).toBeLessThan(PHONE_HEIGHT_BOUND);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await inspect(page, PHONE_SIZE, '01-closed');

      // One figure's detail, opened from the keyboard: its name says which figure it belongs to.
      const card = page.locator('[data-figure-id="summaries-on-time"]');
      const details = card.locator('details.figure-more');
      const disclosure = details.locator('summary');
      expect(await disclosure.textContent()).toMatch(/^Details.*Meeting summaries sent within 5 working days/);
      expect(await details.getAttribute('open')).toBeNull();
      await disclosure.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => details.getAttribute('open')).toBe('');
      expect(await card.locator('.figure-facts').first().isVisible()).toBe(true);
      expect(await card.locator('.figure-facts').first().textContent()).toContain('10 of 12');
      expect(await card.getByText(/^review records: 10 of 12 reviews/).isVisible()).toBe(true);
      console.info(`dashboard at 390×844, one figure open: ${await documentHeight(page)} px`);

      // The trend opens to a drawn chart, and the self-score grid to one block per dimension.
      await page.getByText('Show the trend chart', { exact: false }).click();
      await expect.poll(async () => (await page.locator('.chart-box canvas').boundingBox())?.height ?? 0).toBeGreaterThan(100);
      const withTrend = await documentHeight(page);
      await page.getByText(/^Show the 10 dimensions/).click();
      await expect.poll(() => page.locator('.score-list').isVisible()).toBe(true);
      expect(await page.locator('.score-list > li').count()).toBe(10);
      // The trend's numbers: a table wider than the phone scrolls inside its own box, not the page.
      await page.getByText("Show the chart's numbers as a table").click();
      const trendTable = page.getByRole('region', { name: /Trend figures by quarter/ });
      expect(await trendTable.isVisible()).toBe(true);
      expect(await page.evaluate(`getComputedStyle(document.querySelector('.chart-table .table-wrap')).overflowX`)).toBe('auto');
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      console.info(`dashboard at 390×844: one figure and the trend open ${withTrend} px, the grid too ${await documentHeight(page)} px`);
      await inspect(page, PHONE_SIZE, '02-opened');
    } finally {
      await page.context().close();
    }
  });

  it('keeps the laptop layout: every headline figure with its detail in view', async () => {
    const page = await openDashboard(LAPTOP);
    try {
      const card = page.locator('[data-figure-id="summaries-on-time"]');
      expect(await card.locator('.figure-facts').first().isVisible()).toBe(true);
      expect(await card.locator('.figure-status').textContent()).toBe('⚠ Below threshold 83.3% of cases meet the standard; threshold 90%');
      expect(await page.getByRole('heading', { name: 'Other figures' }).isVisible()).toBe(true);
      expect(await page.locator('.chart-box canvas').isVisible()).toBe(true);
      expect(await page.locator('.score-table').isVisible()).toBe(true);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      console.info(`dashboard at 1280×800: ${await documentHeight(page)} px`);
      await checkAccessibility(page, 'dashboard (laptop)');
    } finally {
      await page.context().close();
    }
  });
});
