/**
 * Values in the provider's own words, previewed and mapped on the Data screen, in headless
 * Chromium at desktop and phone size: the preview lists each distinct value of a coded column
 * with what it is stored as (a known word, one matched from Assured's list, one not known), the
 * writer picks a value for the unknown one from the list with the keyboard, previews again, saves
 * the choice in a named mapping and imports; the rows are stored with the chosen value, and the
 * next upload uses the saved mapping chosen from a list. Nothing is written before an import. Each state is checked with axe-core (no serious or critical
 * violations) and for sideways scrolling at 320 px.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/access/create-api-key.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { haveChromium, heading, inspector, SHOTS, SIZES, START_TIMEOUT, startWebApp, stopWebApp, type WebApp, ACTION_TIMEOUT, BROWSER_TEST } from './support/browser.js';

const SLOW = { timeout: 30_000 };
/** Reviews with Assured's headers and the care system's words for the meeting type. */
const REVIEWS = [
  'id,person_id,type,held_on',
  'R-V1,P-001,Mini Review,01/04/2026',
  'R-V2,P-002,6-weekly review,02/04/2026',
  'R-V3,P-003,Catch-up chat,03/04/2026',
  'R-V4,P-004,Catch-up chat,06/04/2026',
  'R-V5,P-005,mini-review,07/04/2026',
].join('\n');

let db: Database;
let web: WebApp;
let url: string;
let browser: Browser;

const inspect = inspector('import-values');

async function signIn(page: Page, key: string): Promise<void> {
  await page.goto('/');
  await page.getByText('Use an API key instead').click();
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in with the key' }).click();
  await expect.poll(() => heading(page), SLOW).toBe('Dashboard');
  await page.getByRole('link', { name: 'Data', exact: true }).first().click();
  await expect.poll(() => heading(page), SLOW).toBe('Data');
}

describe.skipIf(!haveChromium)('mapping values on the Data screen (headless Chromium)', BROWSER_TEST, () => {
  beforeAll(async () => {
    web = await startWebApp();
    ({ db, url, browser } = web);
  }, START_TIMEOUT);

  afterAll(() => stopWebApp(web));

  for (const size of SIZES) {
    it(`preview → choose a value for an unknown one → preview again → save → import (${size.name})`, async () => {
      const organisation = `harbour-values-${size.name}`;
      await createOrganisation({ db, name: `Harbour Care (${size.name})`, slug: organisation, bidderName: 'Harbour Care' });
      const small = (name: string) => readFile(path.resolve('fixtures/small', name));
      const setUp = await importFiles({ db, organisation, files: [{ name: 'services.csv', content: await small('services.csv') }, { name: 'people.csv', content: await small('people.csv') }] });
      expect(setUp.errorCount).toBe(0);
      const { key } = await createApiKey({ db, organisation, name: 'values e2e' });
      const reviewsStored = () => db.prisma.review.count({ where: { organisation: { slug: organisation } } });

      const context = await browser.newContext({ viewport: size.viewport, bypassCSP: true, baseURL: url });
      context.setDefaultTimeout(ACTION_TIMEOUT);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await signIn(page, key);
        await page.getByLabel('Involvement files').setInputFiles([{ name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(REVIEWS) }]);
        await page.getByRole('button', { name: 'Preview before importing' }).click();
        await expect.poll(() => page.getByRole('heading', { name: 'How your files will be stored' }).count(), SLOW).toBe(1);

        // Each distinct value with its rows and what it is stored as; the unknown one asks for a choice.
        const unknown = page.getByLabel('"Catch-up chat" (2 rows) is stored as');
        expect(await unknown.inputValue()).toBe('');
        expect(await page.getByLabel('"6-weekly review" (1 row) is stored as').inputValue()).toBe('mini-review');
        expect(await page.getByLabel('"Mini Review" (1 row) is stored as').inputValue()).toBe('mini-review');
        expect(await page.getByText("matched from Assured's list of common words: check it").count()).toBe(1);
        expect(await page.getByText('2 values not known yet', { exact: false }).count()).toBe(0);
        expect(await page.getByText('1 value not known yet', { exact: false }).count()).toBe(1);
        // The first rows as they would be stored: the known words already in Assured's terms.
        const rows = page.getByRole('region', { name: /The first 5 rows of reviews\.csv/ });
        expect(await rows.getByRole('row').count()).toBe(6);
        expect(await rows.getByRole('row').nth(2).textContent()).toContain('mini-review');
        expect(await rows.getByRole('row').nth(1).textContent()).toContain('2026-04-01');
        expect(await reviewsStored()).toBe(0);
        await inspect(page, size, '01-preview');

        // Chosen with the keyboard: focus the list and type the start of the value.
        await unknown.focus();
        await page.keyboard.type('deep');
        await expect.poll(() => unknown.inputValue(), SLOW).toBe('deep-dive');
        expect(await page.getByText('You changed some values', { exact: false }).count()).toBe(1);
        await page.getByRole('button', { name: 'Preview again with these values' }).click();
        await expect.poll(() => page.getByText('Every row would import as it is.').count(), SLOW).toBe(1);
        expect(await page.getByLabel('"Catch-up chat" (2 rows) is stored as').inputValue()).toBe('deep-dive');
        await inspect(page, size, '02-value-chosen');

        await page.getByLabel('Save these columns and values for next time (optional)').fill('our-care-system');
        await page.getByRole('button', { name: 'Save the mapping' }).click();
        await expect.poll(() => page.getByText('Saved as our-care-system.').count(), SLOW).toBe(1);
        const saved = await db.prisma.importMapping.findFirstOrThrow({ where: { name: 'our-care-system', organisation: { slug: organisation } } });
        expect(saved.definition).toMatchObject({ types: { reviews: { values: { type: { 'Catch-up chat': 'deep-dive' } } } } });
        expect(await reviewsStored()).toBe(0);

        await page.getByRole('button', { name: 'Import with these values' }).click();
        await expect.poll(() => page.getByRole('heading', { name: 'See your figures' }).count(), SLOW).toBe(1);
        expect(await reviewsStored()).toBe(5);
        const types = await db.prisma.review.findMany({ where: { organisation: { slug: organisation } }, select: { ref: true, type: true }, orderBy: { ref: 'asc' } });
        expect(types).toEqual([
          { ref: 'R-V1', type: 'mini-review' },
          { ref: 'R-V2', type: 'mini-review' },
          { ref: 'R-V3', type: 'deep-dive' },
          { ref: 'R-V4', type: 'deep-dive' },
          { ref: 'R-V5', type: 'mini-review' },
        ]);
        await inspect(page, size, '03-imported');

        // Next month's export: the saved mapping is chosen from the list and its value is used.
        await page.getByLabel('Involvement files').setInputFiles([{ name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from('id,person_id,type,held_on\nR-V6,P-001,Catch-up chat,08/04/2026\n') }]);
        // The finished import's report was about the earlier files.
        await expect.poll(() => page.getByRole('heading', { name: 'Import report' }).count(), SLOW).toBe(0);
        await page.getByLabel('Saved mapping').selectOption('our-care-system');
        await page.getByRole('button', { name: 'Preview before importing' }).click();
        await expect.poll(() => page.getByText('Every row would import as it is.').count(), SLOW).toBe(1);
        expect(await page.getByLabel('"Catch-up chat" (1 row) is stored as').inputValue()).toBe('deep-dive');
        expect(await page.getByText('from your mapping').count()).toBe(1);
        await inspect(page, size, '04-saved-mapping');
        await page.getByRole('button', { name: 'Import with these values' }).click();
        await expect.poll(() => page.getByRole('heading', { name: 'See your figures' }).count(), SLOW).toBe(1);
        expect(await db.prisma.review.findFirst({ where: { ref: 'R-V6', organisation: { slug: organisation } }, select: { type: true } })).toEqual({ type: 'deep-dive' });
        expect(pageErrors).toEqual([]);
      } finally {
        await page.screenshot({ path: path.join(SHOTS, `import-values-last-${size.name}.png`), fullPage: true }).catch(() => undefined);
        await context.close();
      }
    }, 240_000);
  }
});
