/**
 * A new organisation brings its records in, in headless Chromium at desktop (1440×900) and phone
 * (390×844) size: the Data screen says where to start, the template downloads, an upload whose
 * reviews say "Mtg date" instead of held_on stops with the proposed columns, the person confirms
 * them (and saves them under a name), the files are checked and then imported as a job with its progress shown, and the last
 * step leads to the figures; a rejected workbook downloads with its errors marked. Every state is checked with axe-core (no serious or critical
 * violations) and for sideways scrolling at 320 px; screenshots go to test-results/web/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/access/create-api-key.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import type { Database } from '../../src/data/database.js';
import { haveChromium, heading, inspector, SHOTS, SIZES, START_TIMEOUT, startWebApp, stopWebApp, type WebApp, ACTION_TIMEOUT, BROWSER_TEST } from './support/browser.js';

const SLOW = { timeout: 30_000 };
/**
 * Reviews as a care system might export them: Assured's columns but one, the meeting's date.
 * Enough of them (over 256 KB) that the page runs the import as a job and follows its progress.
 */
const REVIEW_COUNT = 8_000;
const REVIEWS = `id,person_id,type,Mtg date\n${Array.from({ length: REVIEW_COUNT }, (_, index) => `R-E${index + 1},P-00${1 + (index % 6)},${index % 2 ? 'mini-review' : 'goal-setting'},${String(1 + (index % 28)).padStart(2, '0')}/04/2026`).join('\n')}\n`;


let db: Database;
let web: WebApp;
let url: string;
let browser: Browser;


const inspect = inspector('import');


describe.skipIf(!haveChromium)('bringing records in through the web page (headless Chromium)', BROWSER_TEST, () => {
  beforeAll(async () => {
    web = await startWebApp();
    ({ db, url, browser } = web);
  }, START_TIMEOUT);

  afterAll(() => stopWebApp(web));

  for (const size of SIZES) {
    it(`first run → template → upload → confirm columns → check → import with progress → see your figures (${size.name})`, async () => {
      const organisation = `harbour-import-${size.name}`;
      await createOrganisation({ db, name: `Harbour Care (${size.name})`, slug: organisation, bidderName: 'Harbour Care' });
      const { key } = await createApiKey({ db, organisation, name: 'import e2e' });
      const context = await browser.newContext({ viewport: size.viewport, acceptDownloads: true, bypassCSP: true, baseURL: url });
      context.setDefaultTimeout(ACTION_TIMEOUT);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const polls: string[] = [];
      page.on('request', (request) => {
        if (/\/v1\/imports\/[0-9a-f-]{36}$/.test(new URL(request.url()).pathname)) polls.push(request.url());
      });
      try {
        await page.goto('/');
        await page.getByText('Use an API key instead').click();
        await page.getByLabel('API key').fill(key);
        await page.getByRole('button', { name: 'Sign in with the key' }).click();
        await expect.poll(() => heading(page), SLOW).toBe('Dashboard');
        await page.getByRole('link', { name: 'Data', exact: true }).first().click();
        await expect.poll(() => heading(page), SLOW).toBe('Data');

        // A new organisation is told where to start.
        await expect.poll(() => page.getByRole('heading', { name: 'Start here' }).count(), SLOW).toBe(1);
        await inspect(page, size, '01-first-run');
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the template (Excel)' }).click()]);
        expect(download.suggestedFilename()).toBe('assured-template.xlsx');

        // Services and people as Assured names them; reviews with the provider's own date column.
        const small = (name: string) => readFile(path.resolve('fixtures/small', name));
        await page.getByLabel('Involvement files').setInputFiles([
          { name: 'services.csv', mimeType: 'text/csv', buffer: await small('services.csv') },
          { name: 'people.csv', mimeType: 'text/csv', buffer: await small('people.csv') },
          { name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(REVIEWS) },
        ]);
        await page.getByRole('button', { name: 'Import files' }).click();
        await expect.poll(() => page.getByRole('heading', { name: 'Confirm your columns' }).count(), SLOW).toBe(1);
        // The processing panel followed the job to its end.
        expect(await page.getByText('Upload: 100%').count()).toBe(1);
        const dateColumn = page.getByLabel('Your column "Mtg date" holds');
        expect(await dateColumn.inputValue()).toBe('held_on');
        await inspect(page, size, '02-confirm-columns');

        await page.getByRole('button', { name: 'Check the files with these columns' }).click();
        await expect.poll(() => page.getByRole('button', { name: 'Import with these columns' }).count(), SLOW).toBe(1);
        expect(await db.prisma.review.count({ where: { organisation: { slug: organisation } } })).toBe(0);
        // Saving with no name says what is missing, and sends nothing.
        await page.getByRole('button', { name: 'Save the mapping' }).click();
        await expect.poll(() => page.getByText('Give the mapping a name first').count(), SLOW).toBe(1);
        await page.getByLabel('Save these columns and values for next time (optional)').fill('our-care-system');
        await page.getByRole('button', { name: 'Save the mapping' }).click();
        await expect.poll(() => page.getByText('Saved as our-care-system.').count(), SLOW).toBe(1);
        expect(await db.prisma.importMapping.count({ where: { name: 'our-care-system', organisation: { slug: organisation } } })).toBe(1);
        await inspect(page, size, '03-checked');

        await page.getByRole('button', { name: 'Import with these columns' }).click();
        await expect.poll(() => page.getByRole('heading', { name: 'See your figures' }).count(), SLOW).toBe(1);
        expect(await db.prisma.review.count({ where: { organisation: { slug: organisation } } })).toBe(REVIEW_COUNT);
        // The page followed the import job (GET /v1/imports/{id}) rather than waiting on one request.
        expect(polls.length).toBeGreaterThan(0);
        const heldOn = await db.prisma.review.findFirstOrThrow({ where: { ref: 'R-E1', organisation: { slug: organisation } }, select: { heldOn: true } });
        expect(heldOn.heldOn.toISOString().slice(0, 10)).toBe('2026-04-01');
        await inspect(page, size, '04-imported');

        await page.getByRole('link', { name: 'See your figures' }).click();
        await expect.poll(() => heading(page), SLOW).toBe('Dashboard');

        // A rejected workbook comes back as the manager's own file with its errors marked.
        await page.getByRole('link', { name: 'Data', exact: true }).first().click();
        await expect.poll(() => heading(page), SLOW).toBe('Data');
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('reviews').addRows([
          ['id', 'person_id', 'type', 'held_on'],
          ['R-E4', 'P-001', 'mini-review', '31/02/2026'],
        ]);
        await page.getByLabel('Involvement files').setInputFiles([{ name: 'reviews-may.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) }]);
        await page.getByRole('button', { name: 'Import files' }).click();
        const markedButton = page.getByRole('button', { name: 'Download reviews-may.xlsx with its errors marked' });
        await expect.poll(() => markedButton.count(), SLOW).toBe(1);
        await inspect(page, size, '05-rejected-workbook');
        const [marked] = await Promise.all([page.waitForEvent('download'), markedButton.click()]);
        expect(marked.suggestedFilename()).toBe('reviews-may.errors.xlsx');
        expect(pageErrors).toEqual([]);
      } finally {
        // The last state seen, kept with the others (it shows where a failure stopped).
        await page.screenshot({ path: path.join(SHOTS, `import-last-${size.name}.png`), fullPage: true }).catch(() => undefined);
        await context.close();
      }
    }, 240_000);
  }
});
