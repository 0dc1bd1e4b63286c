/**
 * The whole workflow of a bid team in headless Chromium, at desktop (1440×900) and phone
 * (390×844) size, in one run per size: an administrator accepts the invitation `assured user
 * invite` printed and invites a writer and a reviewer from the page; the writer accepts, signs
 * out and in again with email and password, uploads the organisation's records on the Data
 * screen, reads the dashboard, creates a bid, drafts its question, edits the answer in the live
 * editor (a finding appears as they type and its rewrite applies in one click) and sends it for
 * review; the reviewer approves it and downloads the submission and the verification pack (both
 * Word files with text in them); both sign out. Every screen gets axe (no serious or critical
 * violations), the no-sideways-scroll check at 320 px and a screenshot in test-results/web/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/access/create-invite.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import { SESSION_COOKIE } from '../../src/access/session-token.js';
import { inviteLink } from '../../src/api/routes/users.js';
import { focusedText, haveChromium, heading, inspector, SHOTS, SIZES, START_TIMEOUT, startWebApp, stopWebApp, type WebApp, type WindowSize } from './support/browser.js';

const PASSWORD = 'harbour lights at dusk';
const PERIOD = '2026-Q2';
const QUESTION = 'How do you involve people and their families in reviews of their support?';
/** Typed into the answer: "service user" has one exact plain-language rewrite the editor offers. */
const TYPED = 'We ask the service user who comes to their review.';
const APPLIED = 'We ask the person who comes to their review.';
const SMALL = path.resolve('fixtures/small');
/** The provider's records as the Data screen takes them; the organisation's own details stay as created. */
const RECORD_FILES = ['services.csv', 'people.csv', 'reviews.csv', 'participants.csv', 'actions.csv', 'advocate-referrals.csv', 'disagreements.csv', 'feedback.csv', 'changes.csv', 'governance-samples.csv', 'enablement.json'];

let web: WebApp;

const inspect = inspector('workflow');
// Generous: the whole suite shares two cores with Chromium, and a starved renderer can take
// tens of seconds to paint the frames a click waits for. No time is asserted here.
const SLOW = { timeout: 60_000 };
const bidStatus = (page: Page) => page.locator('#bid-status').textContent();

interface Person {
  context: BrowserContext;
  page: Page;
  /** Script errors, and every answer of 400 or more the page received. */
  errors: string[];
}

/** A new browser of its own for one person: nobody shares a session. */
async function openBrowserFor(size: WindowSize): Promise<Person> {
  const context = await web.browser.newContext({ viewport: size.viewport, bypassCSP: true, baseURL: web.url, acceptDownloads: true });
  context.setDefaultTimeout(SLOW.timeout);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Every form sends its CSRF token with the session cookie: a refused change would show here.
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  return { context, page, errors };
}

/** Opens an invitation link and makes the account; the new person lands on the dashboard. */
async function acceptInvitation(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await expect.poll(() => heading(page), SLOW).toBe('Accept your invitation');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Choose a password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect.poll(() => heading(page), SLOW).toBe('Dashboard');
}

/** The admin makes an invitation link on the Account screen and reads it off the page. */
async function inviteFromPage(page: Page, email: string, role: 'writer' | 'reviewer'): Promise<string> {
  await page.getByLabel('Email address of the person to invite').fill(email);
  await page.locator(`#invite-role-${role}`).check();
  await page.getByRole('button', { name: 'Make an invitation link' }).click();
  await expect.poll(() => focusedText(page), SLOW).toBe(`Invitation for ${email}`);
  return (await page.getByTestId('invite-link').textContent())!;
}

async function signOut(person: Person): Promise<void> {
  await person.page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect.poll(() => heading(person.page), SLOW).toBe('Sign in');
  expect((await person.context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
}

/** A downloaded Word file: named .docx, a zip with a document in it, and words in that document. */
async function expectWordFile(download: Download, name: RegExp): Promise<string> {
  expect(download.suggestedFilename()).toMatch(name);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const text = (await mammoth.extractRawText({ buffer: bytes })).value.trim();
  expect(text.length).toBeGreaterThan(0);
  return text;
}

describe.skipIf(!haveChromium)('the whole workflow of a bid team (headless Chromium)', () => {
  beforeAll(async () => {
    web = await startWebApp();
  }, START_TIMEOUT);

  afterAll(() => stopWebApp(web));

  for (const size of SIZES) {
    it(`invite → sign in → import → dashboard → bid → draft → live edit → apply → approve → downloads → sign out (${size.name})`, async () => {
      const organisation = `harbour-workflow-${size.name}`;
      await createOrganisation({ db: web.db, name: `Harbour Care (${size.name})`, slug: organisation, bidderName: 'Harbour Care' });
      // The first administrator's link, as `assured user invite` prints it.
      const adminInvite = await createInvite({ db: web.db, organisation: { slug: organisation }, email: `admin-${size.name}@harbour.example`, role: 'admin' });
      const admin = await openBrowserFor(size);
      const writer = await openBrowserFor(size);
      const reviewer = await openBrowserFor(size);
      const shotOnFailure = async (person: Person, who: string) => person.page.screenshot({ path: path.join(SHOTS, `workflow-last-${who}-${size.name}.png`), fullPage: true }).catch(() => undefined);
      try {
        // The administrator accepts, and invites a writer and a reviewer from the page.
        await acceptInvitation(admin.page, inviteLink(web.url, adminInvite.token), 'Ann Admin');
        await inspect(admin.page, size, '01-first-run');
        await admin.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
        await expect.poll(() => heading(admin.page), SLOW).toBe('Your account');
        const writerEmail = `writer-${size.name}@harbour.example`;
        const writerLink = await inviteFromPage(admin.page, writerEmail, 'writer');
        const reviewerLink = await inviteFromPage(admin.page, `reviewer-${size.name}@harbour.example`, 'reviewer');
        await inspect(admin.page, size, '02-invitations');
        await signOut(admin);

        // The writer accepts, signs out, and signs in with email and password.
        const page = writer.page;
        await acceptInvitation(page, writerLink, 'Wendy Writer');
        await signOut(writer);
        await inspect(page, size, '03-sign-in');
        await page.getByLabel('Email address').fill(writerEmail);
        await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await expect.poll(() => heading(page), SLOW).toBe('Dashboard');
        await expect.poll(() => focusedText(page), SLOW).toBe('Dashboard');

        // The records come in through the Data screen.
        await page.getByRole('link', { name: 'Data', exact: true }).first().click();
        await expect.poll(() => heading(page), SLOW).toBe('Data');
        await page.getByLabel('Involvement files').setInputFiles(RECORD_FILES.map((name) => path.join(SMALL, name)));
        await inspect(page, size, '04-data');
        await page.getByRole('button', { name: 'Import files' }).click();
        await expect.poll(() => page.getByRole('heading', { name: 'See your figures' }).count(), SLOW).toBe(1);
        expect(await web.db.prisma.review.count({ where: { organisation: { slug: organisation } } })).toBeGreaterThan(0);
        await inspect(page, size, '05-imported');

        // The dashboard shows the period's figures.
        // The page changes screen without loading a document; waiting on a navigation here only hangs.
        await page.getByRole('link', { name: 'See your figures' }).click({ noWaitAfter: true });
        await expect.poll(() => heading(page), SLOW).toBe('Dashboard');
        await page.getByLabel('Period', { exact: true }).fill(PERIOD);
        await page.getByRole('button', { name: 'Show figures' }).click();
        await expect.poll(() => page.locator('#figures-heading').textContent(), SLOW).toBe('Figures for Q2 2026');
        // Headline figures first, each with its status; the figures table downloads as CSV, row for row.
        expect(await page.locator('.figure-card').first().getAttribute('data-figure-id')).toBe('participation');
        expect(await page.locator('[data-figure-id="summaries-on-time"]').getAttribute('data-status')).toBe('below');
        await inspect(page, size, '06-dashboard');
        const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the figures (CSV)' }).click()]);
        expect(csv.suggestedFilename()).toBe(`Harbour Care (${size.name}) – Dashboard – Q2 2026.csv`);
        const csvFigureIds = (await readFile((await csv.path())!, 'utf8')).split('\n').filter((line) => line.startsWith('figure,')).map((line) => line.split(',')[1]);
        expect(csvFigureIds).toEqual(await page.locator('.figure-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-figure-id'))));
        await page.getByText('By service (2 services)').click();
        await expect.poll(() => page.locator('.by-service-table thead th').count(), SLOW).toBe(3);
        await inspect(page, size, '06-dashboard-by-service');

        // A bid with one typed question.
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bids' }).click();
        await expect.poll(() => heading(page), SLOW).toBe('Bids');
        await page.getByLabel('Tender name').fill('Supported Living Framework');
        await page.getByLabel('Lot (if any)').fill('2');
        await page.getByLabel('Deadline').fill('2026-12-18');
        await page.getByLabel('Evidence period').fill(PERIOD);
        await page.getByLabel('Number').fill('4.2');
        await page.getByLabel('Limit', { exact: true }).fill('250');
        await page.getByLabel('The question, as the buyer wrote it').fill(QUESTION);
        await inspect(page, size, '07-new-bid');
        await page.getByRole('button', { name: 'Create the bid' }).click();
        await expect.poll(() => page.locator('#bid-heading').textContent(), SLOW).toBe('Supported Living Framework – Lot 2');

        // Drafted, then edited in the live editor: a finding appears as the writer types.
        await page.getByRole('button', { name: 'Draft an answer' }).click();
        await expect.poll(() => bidStatus(page), SLOW).toBe('Question 4.2 drafted.');
        await inspect(page, size, '08-drafted');
        await page.getByRole('button', { name: 'Edit the answer' }).click();
        const editor = page.getByLabel('Answer to question 4.2', { exact: true });
        const drafted = await editor.inputValue();
        await editor.press('Control+End');
        await editor.pressSequentially(`\n\n${TYPED}`);
        const jargon = page.locator('.live-finding[data-kind="jargon"]').filter({ hasText: '“service user”' });
        await expect.poll(() => jargon.count(), SLOW).toBe(1);
        await expect.poll(() => page.locator('.live-editor-state').getAttribute('data-state'), SLOW).toBe('settled');
        await inspect(page, size, '09-live-findings');

        // The suggestion applies in one click and its finding goes.
        await jargon.getByRole('button', { name: 'Replace with “person”' }).click();
        await expect.poll(() => editor.inputValue(), SLOW).toBe(`${drafted}\n\n${APPLIED}`);
        await expect.poll(() => jargon.count(), SLOW).toBe(0);
        await inspect(page, size, '10-applied');
        await page.getByRole('button', { name: 'Save as a new version' }).click();
        await expect.poll(() => bidStatus(page), SLOW).toBe('Saved as version 2 of question 4.2.');
        await page.getByRole('button', { name: 'Send for review' }).click();
        await expect.poll(() => bidStatus(page), SLOW).toBe('Question 4.2: sent for review.');
        // A writer is offered no approval.
        expect(await page.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
        const bidUrl = page.url();

        // The reviewer accepts their invitation, approves the answer and downloads both documents.
        const review = reviewer.page;
        await acceptInvitation(review, reviewerLink, 'Rita Reviewer');
        await review.goto(bidUrl);
        await expect.poll(() => review.locator('#bid-heading').textContent(), SLOW).toBe('Supported Living Framework – Lot 2');
        await review.getByLabel('Comment for the writer (needed to return it)').fill('Clear and evidenced.');
        await inspect(review, size, '11-in-review');
        await review.getByRole('button', { name: 'Approve version 2' }).click();
        await expect.poll(() => bidStatus(review), SLOW).toBe('Question 4.2: approved.');
        // Verified and within its limit: no reason is asked for, and both documents download.
        expect(await review.getByLabel('Reason to download with unverified findings (only if you must)').count()).toBe(0);
        const [submission] = await Promise.all([review.waitForEvent('download'), review.getByRole('button', { name: 'Download the submission (Word)' }).click()]);
        const submissionText = await expectWordFile(submission, /^Harbour Care – Supported Living Framework – Lot 2.*\.docx$/);
        expect(submissionText).toContain(APPLIED);
        const [pack] = await Promise.all([review.waitForEvent('download'), review.getByRole('button', { name: 'Download the verification pack' }).click()]);
        await expectWordFile(pack, /verification pack.*\.docx$/i);
        await inspect(review, size, '12-approved');

        await signOut(reviewer);
        await signOut(writer);
        await inspect(page, size, '13-signed-out');
        expect([...admin.errors, ...writer.errors, ...reviewer.errors]).toEqual([]);
      } catch (error) {
        await shotOnFailure(admin, 'admin');
        await shotOnFailure(writer, 'writer');
        await shotOnFailure(reviewer, 'reviewer');
        throw error;
      } finally {
        await admin.context.close();
        await writer.context.close();
        await reviewer.context.close();
      }
    }, 360_000);
  }
});
