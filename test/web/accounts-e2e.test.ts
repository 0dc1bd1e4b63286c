/**
 * People in headless Chromium, at desktop (1440×900) and phone (390×844) size: an invitation
 * link opened in the browser, an account made from it, the first-run dashboard of an empty
 * organisation, an admin's own invitation link, sign-out, sign-in with email and password, the
 * dashboard with figures, and sign-out again. Every screen is checked with axe-core (no serious
 * or critical violations) and for horizontal scrolling at 320 px; screenshots go to
 * test-results/web/ as artefacts.
 */
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/access/create-invite.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import { SESSION_COOKIE } from '../../src/access/session-token.js';
import { inviteLink } from '../../src/api/routes/users.js';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { focusedText, haveChromium, heading, inspector, SIZES, START_TIMEOUT, startWebApp, stopWebApp, type WebApp, ACTION_TIMEOUT, BROWSER_TEST } from './support/browser.js';

const PASSWORD = 'harbour lights at dusk';


let db: Database;
let web: WebApp;
let url: string;
let browser: Browser;


const inspect = inspector('accounts');

/** Sign-in and account creation hash a password (a third of a second, longer on a busy machine). */
const SLOW = { timeout: 15_000 };

describe.skipIf(!haveChromium)('people in the web page (headless Chromium)', BROWSER_TEST, () => {
  beforeAll(async () => {
    web = await startWebApp();
    ({ db, url, browser } = web);
  }, START_TIMEOUT);

  afterAll(() => stopWebApp(web));

  for (const size of SIZES) {
    it(`invite → account → first run → invite a writer → sign out → sign in → dashboard → sign out (${size.name})`, async () => {
      const email = `admin-${size.name}@harbour.example`;
      // One organisation per size: each starts empty, for the first-run screen.
      const organisation = `harbour-${size.name}`;
      await createOrganisation({ db, name: `Harbour Care (${size.name})`, slug: organisation, bidderName: 'Harbour Care' });
      const invite = await createInvite({ db, organisation: { slug: organisation }, email, role: 'admin' });
      const context = await browser.newContext({ viewport: size.viewport, bypassCSP: true, baseURL: url });
      context.setDefaultTimeout(ACTION_TIMEOUT);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      const failures: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) failures.push(`${response.status()} ${new URL(response.url()).pathname}`);
      });
      try {
        // The invitation link, as `assured user invite` prints it.
        await page.goto(inviteLink(url, invite.token));
        await expect.poll(() => heading(page), SLOW).toBe('Accept your invitation');
        expect(page.url()).not.toContain(invite.token);
        await inspect(page, size, '01-accept-invite');
        await page.getByLabel('Your name').fill('Ann Admin');
        await page.getByLabel('Choose a password').fill(PASSWORD);
        await page.getByRole('button', { name: 'Create my account' }).click();

        // An empty organisation: what to do first, not an error; focus on the new screen's heading.
        await expect.poll(() => heading(page), SLOW).toBe('Dashboard');
        await expect.poll(() => focusedText(page), SLOW).toBe('Dashboard');
        await expect.poll(() => page.getByRole('heading', { name: 'Start here: no records yet' }).count(), SLOW).toBe(1);
        expect(await page.getByRole('alert').count()).toBe(0);
        const cookie = (await context.cookies()).find((item) => item.name === SESSION_COOKIE)!;
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/v1' });
        expect(await page.evaluate('document.cookie')).toBe('');
        await inspect(page, size, '02-first-run');

        // The admin invites a writer; the link is shown once, and focus moves to it.
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
        await expect.poll(() => heading(page), SLOW).toBe('Your account');
        await page.getByLabel('Email address of the person to invite').fill(`writer-${size.name}@harbour.example`);
        await page.getByRole('button', { name: 'Make an invitation link' }).click();
        await expect.poll(() => focusedText(page), SLOW).toBe(`Invitation for writer-${size.name}@harbour.example`);
        expect(await page.getByTestId('invite-link').textContent()).toMatch(new RegExp(`^${url}/accept-invite#[A-Za-z0-9_-]{43}$`));
        await expect.poll(() => page.getByRole('status').filter({ hasText: 'Invitation link made' }).count(), SLOW).toBe(1);
        await expect.poll(() => page.getByRole('cell', { name: `writer-${size.name}@harbour.example` }).count(), SLOW).toBe(1);
        await inspect(page, size, '03-account');

        await page.getByRole('button', { name: 'Sign out', exact: true }).click();
        await expect.poll(() => heading(page), SLOW).toBe('Sign in');
        expect((await context.cookies()).find((item) => item.name === SESSION_COOKIE)).toBeUndefined();
        await inspect(page, size, '04-sign-in');

        // A wrong password is announced and focus returns to the form; then the right one.
        await page.getByLabel('Email address').fill(email);
        await page.getByLabel('Password', { exact: true }).fill('not my password at all');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await expect.poll(() => page.getByRole('alert').textContent(), SLOW).toMatch(/email or password was not accepted/);
        await expect.poll(() => page.evaluate('document.activeElement?.id'), SLOW).toBe('sign-in-email');
        await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await expect.poll(() => heading(page), SLOW).toBe('Dashboard');
        await expect.poll(() => focusedText(page), SLOW).toBe('Dashboard');

        // With records imported, the dashboard shows figures.
        const imported = await importFiles({ db, files: (await readFixtureFiles(path.resolve('fixtures/small'))).filter((file) => file.name !== 'organisation.csv'), organisation });
        expect(imported.errorCount).toBe(0);
        await page.reload();
        await expect.poll(() => heading(page), SLOW).toBe('Dashboard');
        await page.getByLabel('Period', { exact: true }).fill('2026-Q2');
        await page.getByRole('button', { name: 'Show figures' }).click();
        await expect.poll(() => page.locator('#figures-heading').textContent(), { timeout: 30_000 }).toBe('Figures for Q2 2026');
        // Headline figures first; each says how it moved and where it comes from, details on demand.
        const card = page.locator('[data-figure-id="summaries-on-time"]');
        // On a phone the card folds its count, period, place and source under "Details"; on a laptop the source has its own disclosure.
        expect(await card.locator('summary').textContent()).toMatch(size.name === 'phone' ? /^Details/ : /^From 12 reviews/);
        expect(await card.locator('details').getAttribute('open')).toBeNull();
        if (size.name === 'phone') expect(await card.locator('details').textContent()).toMatch(/Source.*reviews/s);
        expect(await page.locator('#figures-heading ~ p').first().textContent()).toMatch(/Changes compare with Q1 2026/);
        await inspect(page, size, '05-dashboard');

        await page.getByRole('button', { name: 'Sign out', exact: true }).click();
        await expect.poll(() => heading(page), SLOW).toBe('Sign in');
        await expect.poll(() => page.getByRole('status').first().textContent(), SLOW).toBe('You have signed out.');
        // The ended session no longer opens the API, even if someone kept the cookie.
        const reuse = await fetch(`${url}/v1/services`, { headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` } });
        expect(reuse.status).toBe(401);
        expect(pageErrors).toEqual([]);
        // The deliberate failure: the wrong password.
        expect(failures).toEqual(['401 /v1/session']);
      } finally {
        await context.close();
      }
    }, 180_000);
  }
});
