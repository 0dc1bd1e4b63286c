/**
 * A bid in headless Chromium, at desktop (1440×900) and phone (390×844) size: a writer creates a
 * bid with a typed question, drafts it, edits the answer (live count), saves a new version and
 * sends it for review; a reviewer approves it and reads the history with its diff; the answer is
 * downloaded under a name for people and copied for the portal, exactly as the API gives it.
 * Every screen is checked with axe-core (no serious or critical violations) and for sideways
 * scrolling at 320 px; screenshots go to test-results/web/ as artefacts.
 */
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvite } from '../../src/access/accept-invite.js';
import { createInvite } from '../../src/access/create-invite.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import type { Role } from '../../src/access/roles.js';
import { SESSION_COOKIE } from '../../src/access/session-token.js';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { focusedText, haveChromium, heading, inspector, SIZES, START_TIMEOUT, startWebApp, stopWebApp, type WebApp, type WindowSize, ACTION_TIMEOUT, BROWSER_TEST } from './support/browser.js';

const QUESTION = 'How do you involve people and their families in reviews of their support?';
const ADDED = 'Every plan is read back to the person in the format they choose.';
/** Added after ADDED until the edit takes the answer over its limit, whatever the drafted answer's length. */
const MORE = 'Each person chooses who reads their summary.';
const LIMIT = 250;
/** A number no record backs: the export gate refuses it unless a reason is given. */
const UNBACKED = '97% of reviews were held on the day planned.';
const REASON = 'Reason to download with unverified findings (only if you must)';


let db: Database;
let web: WebApp;
let url: string;
let browser: Browser;


const inspect = inspector('bids');

const SLOW = { timeout: 30_000 };
const status = (page: Page) => page.locator('#bid-status').textContent();

/** A browser signed in as a new person of the organisation (the session cookie, as sign-in sets it). */
async function signedIn(organisation: string, role: Role, email: string, size: WindowSize): Promise<{ context: BrowserContext; page: Page; token: string; errors: string[] }> {
  const invite = await createInvite({ db, organisation: { slug: organisation }, email, role });
  const session = await acceptInvite({ db, token: invite.token, name: role === 'writer' ? 'Wendy Writer' : 'Rita Reviewer', password: 'harbour lights at dusk' });
  const context = await browser.newContext({ viewport: size.viewport, bypassCSP: true, baseURL: url, acceptDownloads: true });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  await context.addCookies([{ name: SESSION_COOKIE, value: session.token, url: `${url}/v1`, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, token: session.token, errors };
}

/** Text-layout properties on which the live editor's backdrop and its box disagree (none, when the marks line up). */
function editorLayoutMismatch(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const backdrop = document.querySelector('.live-editor-backdrop');
    const box = document.querySelector('.live-editor-input');
    if (!backdrop || !box) return ['no live editor on the page'];
    const properties = ['font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing', 'padding-top', 'padding-left', 'padding-right', 'border-left-width', 'border-top-width', 'white-space', 'overflow-wrap', 'word-break', 'tab-size', 'width'];
    const a = getComputedStyle(backdrop);
    const b = getComputedStyle(box);
    return properties.filter((name) => a.getPropertyValue(name) !== b.getPropertyValue(name)).map((name) => name + ': ' + a.getPropertyValue(name) + ' behind, ' + b.getPropertyValue(name) + ' in the box');
  })()`) as Promise<string[]>;
}

describe.skipIf(!haveChromium)('a bid in the web page (headless Chromium)', BROWSER_TEST, () => {
  beforeAll(async () => {
    web = await startWebApp();
    ({ db, url, browser } = web);
  }, START_TIMEOUT);

  afterAll(() => stopWebApp(web));

  for (const size of SIZES) {
    it(`create bid → draft → edit → submit → approve as reviewer → history → download → copy for portal (${size.name})`, async () => {
      const organisation = `harbour-bids-${size.name}`;
      await createOrganisation({ db, name: `Harbour Care (${size.name})`, slug: organisation, bidderName: 'Harbour Care' });
      const imported = await importFiles({ db, files: (await readFixtureFiles(path.resolve('fixtures/small'))).filter((file) => file.name !== 'organisation.csv'), organisation });
      expect(imported.errorCount).toBe(0);
      const writer = await signedIn(organisation, 'writer', `writer-${size.name}@harbour.example`, size);
      const reviewer = await signedIn(organisation, 'reviewer', `reviewer-${size.name}@harbour.example`, size);
      try {
        const page = writer.page;
        await page.goto('/bids');
        await expect.poll(() => heading(page), SLOW).toBe('Bids');
        await expect.poll(() => page.getByText('No bids yet').count(), SLOW).toBe(1);
        // The buyer's pack is read into questions to choose from; this bid types its question instead.
        await page.getByLabel('Read them from the buyer’s pack').check();
        await page.getByLabel('The buyer’s tender pack (Word .docx or Excel .xlsx)').setInputFiles(path.resolve('fixtures/tender-packs/merged-headers-pack.xlsx'));
        await expect.poll(() => focusedText(page), SLOW).toBe('Questions in merged-headers-pack.xlsx');
        expect(await page.locator('.pack-questions input[type=checkbox]:checked').count()).toBe(4);
        await inspect(page, size, '00-pack-questions');
        await page.getByLabel('I will type them').check();
        await page.getByLabel('Tender name').fill('Supported Living Framework');
        await page.getByLabel('Lot (if any)').fill('2');
        await page.getByLabel('Deadline').fill('2026-12-18');
        await page.getByLabel('Evidence period').fill('2026-Q2');
        await page.getByLabel('Number').fill('4.2');
        await page.getByLabel('Limit', { exact: true }).fill(String(LIMIT));
        await page.getByLabel('The question, as the buyer wrote it').fill(QUESTION);
        await inspect(page, size, '01-new-bid');
        await page.getByRole('button', { name: 'Create the bid' }).click();

        // The new bid opens with its question not started; focus starts at the screen's heading.
        await expect.poll(() => heading(page), SLOW).toBe('Bid');
        await expect.poll(() => page.locator('#bid-heading').textContent(), SLOW).toBe('Supported Living Framework – Lot 2');
        await expect.poll(() => focusedText(page), SLOW).toBe('Bid');
        expect(await page.getByRole('heading', { name: /Question 4\.2/ }).textContent()).toContain('Not started');
        // The period reads as the answers quote it, not as the API's key.
        expect(await page.locator('.facts').textContent()).toContain('Evidence periodQ2 2026');
        await inspect(page, size, '02-bid-new');

        // Drafting: announced, and focus moves to the answer.
        await page.getByRole('button', { name: 'Draft an answer' }).click();
        await expect.poll(() => status(page), SLOW).toBe('Question 4.2 drafted.');
        await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label") ?? ""'), SLOW).toMatch(/^Answer to question 4\.2, version 1/);
        expect(await page.getByRole('heading', { name: /Question 4\.2/ }).textContent()).toContain('Drafted');
        // A drafted answer is verified and within its limit: nothing asks for a reason to let it through.
        expect(await page.getByLabel(REASON).count()).toBe(0);
        await inspect(page, size, '03-drafted');

        // Editing: the box is labelled, takes focus, and counts as the writer types.
        await page.getByRole('button', { name: 'Edit the answer' }).click();
        const editor = page.getByLabel('Answer to question 4.2', { exact: true });
        await expect.poll(() => page.evaluate('document.activeElement?.tagName'), SLOW).toBe('TEXTAREA');
        const drafted = await editor.inputValue();
        await expect.poll(() => page.locator('.count-line').textContent(), SLOW).toMatch(new RegExp(`^\\d+ words of ${LIMIT}`));
        const before = Number((await page.locator('.count-line').textContent())!.split(' ')[0]);
        let added = ADDED;
        while (before + added.split(' ').length <= LIMIT) added = `${added} ${MORE}`;
        await editor.fill(`${drafted}\n\n${added}`);
        await expect.poll(async () => Number((await page.locator('.count-line').textContent())!.split(' ')[0]), SLOW).toBe(before + added.split(' ').length);
        // The marks sit behind the box's own letters only while both lay the text out the same way.
        expect(await editorLayoutMismatch(page)).toEqual([]);
        await inspect(page, size, '04-editing');
        await page.getByRole('button', { name: 'Save as a new version' }).click();
        await expect.poll(() => status(page), SLOW).toBe('Saved as version 2 of question 4.2.');
        await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label") ?? ""'), SLOW).toMatch(/version 2$/);

        // A writer sends it for review and is offered no approval.
        await page.getByRole('button', { name: 'Send for review' }).click();
        await expect.poll(() => status(page), SLOW).toBe('Question 4.2: sent for review.');
        await expect.poll(() => focusedText(page), SLOW).toMatch(/^Question 4\.2\s*In review$/);
        expect(await page.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
        const bidUrl = page.url();

        // The reviewer approves the version they read, and sees its history with the change.
        const review = reviewer.page;
        await review.goto(bidUrl);
        await expect.poll(() => review.locator('#bid-heading').textContent(), SLOW).toBe('Supported Living Framework – Lot 2');
        expect(await review.getByRole('button', { name: 'Edit the answer' }).count()).toBe(0);
        expect(await review.locator('.facts').textContent()).toContain('0 of 1 approved, 1 in review');
        await review.getByLabel('Comment for the writer (needed to return it)').fill('Clear and evidenced.');
        await inspect(review, size, '05-in-review');
        await review.getByRole('button', { name: 'Approve version 2' }).click();
        await expect.poll(() => review.locator('#bid-status').textContent(), SLOW).toBe('Question 4.2: approved.');
        await expect.poll(() => focusedText(review), SLOW).toMatch(/^Question 4\.2\s*Approved$/);
        expect(await review.locator('.facts').textContent()).toContain('1 of 1 approved');
        await review.getByRole('button', { name: 'Show history' }).click();
        await expect.poll(() => review.locator('.versions > li').count(), SLOW).toBe(2);
        expect(await review.locator('.versions > li').first().textContent()).toMatch(/Version 2, edited by Wendy Writer/);
        // Each entry's list number is its version number, newest first.
        expect(await review.locator('.versions > li').evaluateAll((items) => items.map((item) => (item as HTMLLIElement).value))).toEqual([2, 1]);
        await review.getByText('What changed in version 2').click();
        expect((await review.locator('.diff ins').allTextContents()).join('')).toContain(ADDED);
        expect(await review.locator('.decisions').textContent()).toContain('Clear and evidenced.');
        await inspect(review, size, '06-approved-history');

        // Downloads are named for people; the portal copy is exactly the API's portal text.
        // The edit took the answer over its limit: the reason box says so, and its reason lets the download through.
        expect(await review.locator('#allow-unverified-hint').textContent()).toMatch(/^Question 4\.2 is over its limit\. A download with it is refused; a reason/);
        await review.getByLabel(REASON).fill('Checked by hand against the review log');
        const [download] = await Promise.all([review.waitForEvent('download'), review.getByRole('button', { name: 'Download (Word)' }).click()]);
        expect(download.suggestedFilename()).toBe('Harbour Care – Supported Living Framework – Lot 2 – Q4.2.docx');
        await expect.poll(() => review.locator('#bid-status').textContent(), SLOW).toBe('Downloaded “Harbour Care – Supported Living Framework – Lot 2 – Q4.2.docx”.');
        await review.getByRole('button', { name: 'Copy for portal' }).click();
        await expect.poll(() => review.locator('#bid-status').textContent(), SLOW).toMatch(/^Copied the answer to question 4\.2 for the portal/);
        const bidId = new URL(bidUrl).searchParams.get('id')!;
        const questionId = (await (await fetch(`${url}/v1/bids/${bidId}`, { headers: { cookie: `${SESSION_COOKIE}=${reviewer.token}` } })).json()).questions[0].id as string;
        const portal = await (await fetch(`${url}/v1/bids/${bidId}/portal-text?questionId=${questionId}`, { headers: { cookie: `${SESSION_COOKIE}=${reviewer.token}` } })).json();
        expect(await review.evaluate('navigator.clipboard.readText()')).toBe(portal.files[0].text);
        expect(portal.files[0].text).toContain(ADDED);

        // Back on the list, the bid shows as approved.
        await review.getByRole('link', { name: 'All bids' }).click();
        await expect.poll(() => review.locator('.bid-list-item').first().textContent(), SLOW).toMatch(/All 1 approved/);
        await inspect(review, size, '07-list');

        // A number the records do not back: the box says so too, and the answer's own note quotes without Markdown.
        await page.reload();
        await page.getByRole('button', { name: 'Edit the answer' }).click();
        await editor.fill(`${drafted}\n\n${added}\n\n${UNBACKED}`);
        await page.getByRole('button', { name: 'Save as a new version' }).click();
        await expect.poll(() => status(page), SLOW).toMatch(/^Saved as version 3 of question 4\.2\./);
        await expect.poll(() => page.getByLabel(REASON).count(), SLOW).toBe(1);
        expect(await page.locator('#allow-unverified-hint').textContent()).toMatch(/^Question 4\.2 has a number the records do not back and is over its limit\./);
        expect(await page.locator('.bid-question .alert-warning').textContent()).not.toContain('`');
        expect([...writer.errors, ...reviewer.errors]).toEqual([]);
      } finally {
        await writer.context.close();
        await reviewer.context.close();
      }
    }, 240_000);
  }
});
