/**
 * A bid read from the buyer's workbook in headless Chromium, at desktop and phone size: the
 * writer creates it from the pack (the pack goes with the bid), drafts both questions and reads
 * the drafter's notes beside each answer; two answers that disagree on who chairs complex
 * reviews show as a finding naming both questions, which holds back the submission until the
 * writer allows it with a reason; the buyer's workbook then downloads with the answers in it.
 * Every screen is checked with axe-core (no serious or critical violations) and for sideways
 * scrolling at 320 px.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvite } from '../../src/access/accept-invite.js';
import { createInvite } from '../../src/access/create-invite.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import { CSRF_HEADER, csrfTokenFor, SESSION_COOKIE } from '../../src/access/session-token.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { portalPlainText } from '../../src/export/portal-text.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { heading, haveChromium, inspector, SIZES, START_TIMEOUT, startWebApp, stopWebApp, type WebApp, type WindowSize, ACTION_TIMEOUT, BROWSER_TEST } from './support/browser.js';

const PACK = path.resolve('fixtures/tender-packs/several-sheets-pack.xlsx');
const CHAIRS = ['The Registered Manager chairs every complex review.', 'Complex reviews are chaired by a team leader.'];
const REASON = 'The team leader chairs at the smaller service; both answers name the service.';
const SLOW = { timeout: 60_000 };

let web: WebApp;
const inspect = inspector('bid-consistency');
const status = (page: Page) => page.locator('#bid-status').textContent();

async function writerBrowser(organisation: string, size: WindowSize): Promise<{ context: BrowserContext; page: Page; headers: Record<string, string>; errors: string[] }> {
  const invite = await createInvite({ db: web.db, organisation: { slug: organisation }, email: `writer-${size.name}@consistency.example`, role: 'writer' });
  const session = await acceptInvite({ db: web.db, token: invite.token, name: 'Wendy Writer', password: 'harbour lights at dusk' });
  const context = await web.browser.newContext({ viewport: size.viewport, bypassCSP: true, baseURL: web.url, acceptDownloads: true });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  await context.addCookies([{ name: SESSION_COOKIE, value: session.token, url: `${web.url}/v1`, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, headers: { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: csrfTokenFor(session.token) }, errors };
}

describe.skipIf(!haveChromium)('one bid, one story in the web page (headless Chromium)', BROWSER_TEST, () => {
  beforeAll(async () => {
    web = await startWebApp();
  }, START_TIMEOUT);

  afterAll(() => stopWebApp(web));

  for (const size of SIZES) {
    it(`pack → draft → notes beside answers → finding allowed with a reason → filled workbook (${size.name})`, async () => {
      const organisation = `harbour-story-${size.name}`;
      await createOrganisation({ db: web.db, name: `Harbour Care (${size.name})`, slug: organisation, bidderName: 'Harbour Care' });
      const imported = await importFiles({ db: web.db, files: (await readFixtureFiles(path.resolve('fixtures/small'))).filter((file) => file.name !== 'organisation.csv'), organisation });
      expect(imported.errorCount).toBe(0);
      const writer = await writerBrowser(organisation, size);
      const page = writer.page;
      try {
        // The bid is made from the buyer's pack, two of its questions chosen.
        await page.goto('/bids');
        await expect.poll(() => heading(page), SLOW).toBe('Bids');
        await page.getByLabel('Read them from the buyer’s pack').check();
        await page.getByLabel('Evidence period').fill('2026-Q2');
        await page.getByLabel('The buyer’s tender pack (Word .docx or Excel .xlsx)').setInputFiles(PACK);
        await expect.poll(() => page.locator('.pack-questions input[type=checkbox]').count(), SLOW).toBeGreaterThan(2);
        const boxes = page.locator('.pack-questions input[type=checkbox]');
        for (let index = 2; index < (await boxes.count()); index += 1) await boxes.nth(index).uncheck();
        await page.getByLabel('Tender name').fill('Community Living');
        await page.getByRole('button', { name: 'Create the bid' }).click();
        await expect.poll(() => page.locator('#bid-heading').textContent(), SLOW).toBe('Community Living');
        const download = page.getByRole('button', { name: 'Download the buyer’s workbook with the answers' });

        // One drafted on its own: the whole-bid downloads say which question they leave out.
        expect(await page.locator('#bid-partial').count()).toBe(0);
        await page.getByRole('button', { name: 'Draft an answer' }).first().click();
        await expect.poll(() => status(page), { timeout: 180_000 }).toMatch(/^Question \S+ drafted\.$/);
        await expect.poll(() => page.locator('#bid-partial').textContent(), SLOW).toMatch(/^The submission and the verification pack hold the 1 answered question; question \S+ is not answered yet and left out\.$/);

        // The other drafted; each answer has the drafter's notes beside it.
        await page.getByRole('button', { name: 'Draft the 1 unanswered question' }).click();
        await expect.poll(() => status(page), { timeout: 180_000 }).toBe('1 question drafted.');
        expect(await page.locator('#bid-partial').count()).toBe(0);
        await expect.poll(() => page.locator('.drafter-notes').count(), SLOW).toBe(2);
        expect(await page.locator('.drafter-notes').first().textContent()).toMatch(/Drafter’s notes.*This question asks about/s);
        expect(await download.count()).toBe(1);
        await inspect(page, size, '01-drafted-with-notes');

        // Two answers made to disagree on who chairs complex reviews.
        const bidId = new URL(page.url()).searchParams.get('id')!;
        const bid = (await web.app.inject({ method: 'GET', url: `/v1/bids/${bidId}`, headers: writer.headers })).json<{ questions: { id: string; number: string; answer: { text: string; version: number } }[] }>();
        for (const [index, question] of bid.questions.entries()) {
          const saved = await web.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${question.id}/versions`, headers: writer.headers, payload: { text: `${question.answer.text}\n\n${CHAIRS[index]}`, basedOnVersion: question.answer.version } });
          expect(saved.statusCode).toBe(201);
        }
        await page.reload();
        const chair = page.locator('.finding', { hasText: 'who chairs complex and best-interests reviews' });
        await expect.poll(() => chair.count(), SLOW).toBe(1);
        expect(await chair.locator('.finding-questions').textContent()).toBe(`Answers it touches: Question ${bid.questions[0]!.number}, Question ${bid.questions[1]!.number}`);
        expect(await chair.textContent()).toContain('Holds back the submission');
        await inspect(page, size, '02-finding-open');

        // The submission is held back while the finding is open, with the reason in words.
        await page.getByRole('button', { name: 'Download the submission (Word)' }).click();
        await expect.poll(() => page.locator('#bid-actions-error').textContent(), SLOW).toMatch(/disagree with each other/);

        // Going to a question the finding touches moves focus to it.
        await chair.getByRole('button', { name: `Question ${bid.questions[1]!.number}` }).click();
        await expect.poll(() => page.evaluate('document.activeElement?.id ?? ""'), SLOW).toBe(`question-${bid.questions[1]!.id}-heading`);

        // An empty reason is refused in words; a reason lets every open finding through.
        const open = page.locator('.finding-open');
        await open.first().getByRole('button', { name: 'Allow with this reason' }).click();
        await expect.poll(() => open.first().locator('.alert').textContent(), SLOW).toMatch(/Give a reason/);
        while ((await open.count()) > 0) {
          const before = await open.count();
          await open.first().getByLabel('Reason to let this through').fill(REASON);
          await open.first().getByRole('button', { name: 'Allow with this reason' }).click();
          await expect.poll(() => open.count(), SLOW).toBe(before - 1);
        }
        await expect.poll(() => status(page), SLOW).toBe('Finding allowed. Nothing in the consistency report holds back the submission now.');
        expect(await chair.textContent()).toContain(`Allowed by Wendy Writer`);
        expect(await chair.textContent()).toContain(REASON);
        await inspect(page, size, '03-finding-allowed');

        // The buyer's own workbook comes back with the answers in their cells, formulas kept.
        const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
        expect(file.suggestedFilename()).toBe('Harbour Care – Community Living – several-sheets-pack (answered).xlsx');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile((await file.path())!);
        const latest = (await web.app.inject({ method: 'GET', url: `/v1/bids/${bidId}`, headers: writer.headers })).json<{ questions: { answer: { text: string } }[] }>();
        expect(workbook.getWorksheet('Quality')!.getCell('E4').value).toBe(portalPlainText(latest.questions[0]!.answer.text));
        expect(workbook.getWorksheet('Scores')!.getCell('B1').value).toMatchObject({ formula: 'SUM(Quality!D4:D7)' });
        expect(writer.errors).toEqual([]);
      } finally {
        await writer.context.close();
      }
    }, 420_000);
  }
});
