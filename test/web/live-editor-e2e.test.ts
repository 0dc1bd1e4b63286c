/**
 * The live-check editor in headless Chromium, at desktop (1440×900) and phone (390×844) size:
 * a vague sentence typed into the box is flagged in the panel and marked in the text, the finding
 * and its words select each other, its grounded rewrite applies in one click and the finding goes;
 * the count follows the server's counter; a wrong number is flagged and fixed; a new paragraph is
 * the only one sent to the API. Axe (no serious or critical violations), no sideways scrolling at
 * 320 px, and screenshots under test-results/web/.
 */
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/access/create-api-key.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import type { CheckReport } from '../../src/check/check-schema.js';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { checkAccessibility, haveChromium, inspector, SIZES, START_TIMEOUT, startWebApp, stopWebApp, type WebApp, ACTION_TIMEOUT, BROWSER_TEST } from './support/browser.js';

const PERIOD = '2026-Q2';
const VAGUE = 'We involve families and the service user in reviews and keep everyone informed.';
const WRONG_NUMBER = '96% of summaries go out on time.';


let db: Database;
let web: WebApp;
let url: string;
let key: string;
let browser: Browser;


const inspect = inspector('live-editor', { narrowShot: true });

const SLOW = { timeout: 30_000 };
const settled = (page: Page) => page.locator('.live-editor-state').getAttribute('data-state');
const boxValue = (page: Page) => page.locator('#draft-text').inputValue();

/** The API's own count of a draft: what the box's count line must say. */
async function serverWords(text: string): Promise<number> {
  const response = await fetch(`${url}/v1/checks`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  return ((await response.json()) as CheckReport).summary.words;
}

describe.skipIf(!haveChromium)('live-check editor (headless Chromium)', BROWSER_TEST, () => {
  beforeAll(async () => {
    web = await startWebApp({
      prepare: async (database) => {
        await createOrganisation({ db: database, name: 'Small Test Care Ltd', slug: 'small-test', bidderName: 'Small Test Care' });
        key = (await createApiKey({ db: database, organisation: 'small-test', name: 'live editor e2e' })).key;
        await importFiles({ db: database, files: await readFixtureFiles(path.resolve('fixtures/small')), organisation: 'small-test' });
      },
    });
    ({ db, url, browser } = web);
  }, START_TIMEOUT);

  afterAll(() => stopWebApp(web));

  it('still checks the wording when the organisation has no records for the period yet', async () => {
    await createOrganisation({ db, name: 'New Care Ltd', slug: 'new-care', bidderName: 'New Care' });
    const newKey = (await createApiKey({ db, organisation: 'new-care', name: 'live editor e2e, no records' })).key;
    const context = await browser.newContext({ viewport: SIZES[0].viewport, bypassCSP: true, baseURL: url });
    context.setDefaultTimeout(ACTION_TIMEOUT);
    await context.addInitScript(`sessionStorage.setItem('assured.apiKey', ${JSON.stringify(newKey)})`);
    const page = await context.newPage();
    try {
      await page.goto('/check');
      await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe('Check a draft');
      await page.getByLabel('Draft (Markdown)').fill(VAGUE);
      await expect.poll(() => page.locator('.live-finding[data-rule="no-vague-involvement"]').count(), SLOW).toBe(1);
      expect(await page.locator('.live-editor-no-period').textContent()).toMatch(/^Numbers and practice claims are not being checked against \S+: .*import services\.csv.* The wording is still checked\.$/);
      expect(await page.getByRole('alert').count()).toBe(0);
      await checkAccessibility(page, 'check without records');
    } finally {
      await context.close();
    }
  }, 120_000);

  for (const size of SIZES) {
    it(`type → finding → select → apply → count → wrong number → only the changed paragraph re-checked (${size.name})`, async () => {
      const context = await browser.newContext({ viewport: size.viewport, bypassCSP: true, baseURL: url });
      context.setDefaultTimeout(ACTION_TIMEOUT);
      // An integration's key in this tab's session storage, as the sign-in screen leaves it.
      await context.addInitScript(`sessionStorage.setItem('assured.apiKey', ${JSON.stringify(key)})`);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      const checkedTexts: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/checks') checkedTexts.push((JSON.parse(request.postData() ?? '{}') as { text: string }).text);
      });
      try {
        await page.goto('/check');
        await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe('Check a draft');
        await page.getByLabel('Period', { exact: true }).fill(PERIOD);
        await checkAccessibility(page, `check, empty (${size.name})`);

        // Typed, key by key: one check once typing stops.
        const box = page.getByLabel('Draft (Markdown)');
        await box.pressSequentially(VAGUE);
        const vague = page.locator('.live-finding[data-rule="no-vague-involvement"]').filter({ hasText: '“involve families”' });
        await expect.poll(() => vague.count(), SLOW).toBe(1);
        await expect.poll(() => settled(page), SLOW).toBe('settled');
        expect(await vague.locator('.live-finding-head').textContent()).toContain('Vague wording');
        // Plain language: no linter grammar in the panel.
        expect(await page.locator('.live-editor-panel').textContent()).not.toMatch(/Unexpected|line \d+, column/);
        const findingId = (await vague.getAttribute('data-finding'))!;
        const mark = page.locator(`.live-editor-backdrop mark[data-finding~="${findingId}"]`);
        expect(await mark.textContent()).toBe('involve families');

        // Desktop: the panel beside the text; phone: below it.
        const boxArea = (await box.boundingBox())!;
        const panelArea = (await page.locator('.live-editor-panel').boundingBox())!;
        if (size.name === 'desktop') expect(panelArea.x).toBeGreaterThanOrEqual(boxArea.x + boxArea.width);
        else expect(panelArea.y).toBeGreaterThanOrEqual(boxArea.y + boxArea.height);

        // Finding → words: the words are selected in the box, which has the focus.
        await vague.getByRole('button', { name: /^Show in text/ }).click();
        expect(await page.evaluate('document.activeElement.id')).toBe('draft-text');
        expect(await page.evaluate(`(() => { const box = document.getElementById('draft-text'); return box.value.slice(box.selectionStart, box.selectionEnd); })()`)).toBe('involve families');
        expect(await vague.getAttribute('aria-current')).toBe('true');

        // Words → finding: the caret moved into the words by keyboard makes it the current finding.
        await page.keyboard.press('Control+Home');
        await expect.poll(() => vague.getAttribute('aria-current')).toBe(null);
        for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
        await expect.poll(() => vague.getAttribute('aria-current')).toBe('true');
        expect(await page.locator('#draft-text-caret').textContent()).toContain('Vague wording');
        await inspect(page, size, '01-finding');

        // One click applies an exact rewrite; the finding goes, the caret stays in the box.
        const jargon = page.locator('.live-finding[data-kind="jargon"]').filter({ hasText: '“service user”' });
        expect(await jargon.count()).toBe(1);
        const jargonId = (await jargon.getAttribute('data-finding'))!;
        await jargon.getByRole('button', { name: 'Replace with “person”' }).click();
        await expect.poll(() => boxValue(page)).toBe(VAGUE.replace('the service user', 'the person'));
        expect(await page.evaluate('document.activeElement.id')).toBe('draft-text');
        await expect.poll(() => settled(page), SLOW).toBe('settled');
        await expect.poll(() => page.locator(`[data-finding="${jargonId}"]`).count(), SLOW).toBe(0);
        expect(await page.locator('.live-finding[data-kind="jargon"]').count()).toBe(0);
        expect(await page.locator('.live-editor-backdrop mark').filter({ hasText: 'service user' }).count()).toBe(0);
        // The edit is on the box's own undo stack.
        await page.keyboard.press('Control+z');
        await expect.poll(() => boxValue(page)).toBe(VAGUE);
        await page.keyboard.press('Control+Shift+z');
        await expect.poll(() => boxValue(page)).toBe(VAGUE.replace('the service user', 'the person'));
        await expect.poll(() => settled(page), SLOW).toBe('settled');

        // The count is the server's counter on the text in the box.
        const afterRewrite = await boxValue(page);
        await expect.poll(() => page.locator('#draft-text-count').textContent()).toBe(`${await serverWords(afterRewrite)} words of 250`);

        // A new paragraph with a wrong number: flagged, marked, and only that paragraph goes to the API.
        checkedTexts.length = 0;
        await box.fill(`${afterRewrite}\n\n${WRONG_NUMBER}`);
        const wrong = page.locator('.live-finding[data-kind="claim"]').filter({ hasText: '“96%”' });
        await expect.poll(() => wrong.count(), SLOW).toBe(1);
        await expect.poll(() => settled(page), SLOW).toBe('settled');
        expect(checkedTexts).toEqual([WRONG_NUMBER]);
        // The first paragraph's findings stayed as they were, from the cache.
        expect(await vague.count()).toBe(1);
        expect(await wrong.locator('.live-finding-head').textContent()).toContain('Wrong number for your records');
        const wrongId = (await wrong.getAttribute('data-finding'))!;
        expect(await page.locator(`.live-editor-backdrop mark[data-finding~="${wrongId}"]`).textContent()).toBe('96%');
        expect(await page.locator('#draft-text-count').textContent()).toBe(`${await serverWords(`${afterRewrite}\n\n${WRONG_NUMBER}`)} words of 250`);
        await inspect(page, size, '02-wrong-number');

        // The records' own figure, in one click; the number is then backed.
        await wrong.getByRole('button', { name: 'Replace with “83.3%”' }).click();
        await expect.poll(() => boxValue(page)).toContain('83.3% of summaries');
        await expect.poll(() => wrong.count(), SLOW).toBe(0);
        await expect.poll(() => settled(page), SLOW).toBe('settled');
        expect(await page.locator('.live-backed li').filter({ hasText: '83.3%' }).count()).toBe(1);
        await inspect(page, size, '03-fixed');
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 180_000);
  }
});
