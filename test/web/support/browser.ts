/**
 * What the web end-to-end tests share: Debian's Chromium and its flags, the two window sizes,
 * and the inspection every screen gets (axe with no serious or critical violations, a
 * screenshot kept in test-results/web/, and no sideways scrolling at 320 px, which axe does
 * not check), and starting the page with its API, database and browser.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';
import { buildApp } from '../../../src/api/app.js';
import type { Database } from '../../../src/data/database.js';
import { openTestDatabase } from '../../support/test-database.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SHOTS = path.resolve('test-results/web');
export const NARROWEST = 320;
export const SIZES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;
export type WindowSize = (typeof SIZES)[number];

export const haveChromium = existsSync(CHROMIUM);

/** The screen's title, which every screen gives as its one h1. */
export const heading = (page: Page) => page.locator('h1').textContent();
/** The text of the focused element: where focus went after an action. */
export const focusedText = (page: Page) => page.evaluate('document.activeElement?.textContent ?? ""') as Promise<string>;
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing; CI must install Debian's chromium before the web tests.`);

export async function checkAccessibility(page: Page, screen: string): Promise<void> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`,
  )) as { id: string; impact: string; help: string; nodes: string[] }[];
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious, `${screen}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/**
 * The inspection for one suite: screenshots are named `<prefix>-<screen>-<size>.png`, and with
 * `narrowShot` the 320 px view is kept as well.
 */
export function inspector(prefix: string, options: { narrowShot?: boolean } = {}) {
  return async (page: Page, size: WindowSize, screen: string): Promise<void> => {
    await checkAccessibility(page, `${screen} (${size.name})`);
    await page.screenshot({ path: path.join(SHOTS, `${prefix}-${screen}-${size.name}.png`), fullPage: true });
    await page.setViewportSize({ width: NARROWEST, height: 700 });
    await page.waitForTimeout(150);
    const overflow = (await page.evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`)) as number;
    if (options.narrowShot) await page.screenshot({ path: path.join(SHOTS, `${prefix}-${screen}-${NARROWEST}.png`), fullPage: true });
    expect(overflow, `${screen} scrolls sideways at ${NARROWEST} px`).toBeLessThanOrEqual(0);
    await page.setViewportSize(size.viewport);
  };
}

/** The page served by the API on a free port, a fresh database behind it, and a browser. */
export interface WebApp {
  db: Database;
  app: FastifyInstance;
  url: string;
  browser: Browser;
}

/**
 * How long one browser action (a click, a fill) may wait. On 2 shared cores Chromium's renderer
 * can stall for many seconds while other suites run, so a click that changes page waits longer
 * than Playwright's default before it counts as failed.
 */
export const ACTION_TIMEOUT = 60_000;
/** How long one browser test may take: several actions, each allowed ACTION_TIMEOUT. */
export const BROWSER_TEST = { timeout: 240_000 };

/** How long `startWebApp` may take: building the page and starting Chromium on a busy machine. */
export const START_TIMEOUT = 180_000;

/**
 * Builds the page, opens a fresh in-memory database, serves both on a free local port and
 * launches Chromium. `prepare` runs on the database before the API starts, for records a
 * suite needs from the first request.
 */
export async function startWebApp(options: { prepare?: (db: Database) => Promise<void> } = {}): Promise<WebApp> {
  await mkdir(SHOTS, { recursive: true });
  await build({ configFile: path.resolve('src/web/vite.config.ts'), logLevel: 'error' });
  const started: Partial<WebApp> = {};
  try {
    const db = (started.db = await openTestDatabase('pglite'));
    await options.prepare?.(db);
    const app = (started.app = await buildApp({ db }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
    return { db, app, url, browser };
  } catch (error) {
    await stopWebApp(started);
    throw error;
  }
}

/** Closes what `startWebApp` opened; safe to call when it never ran. */
export async function stopWebApp(web: Partial<WebApp> | undefined): Promise<void> {
  await web?.browser?.close();
  await web?.app?.close();
  await web?.db?.close();
}
