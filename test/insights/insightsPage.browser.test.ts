/** The insights page in Debian's Chromium: signed out, then the inbox and ratings, marking a group handled by keyboard. */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { SESSION_COOKIE } from '../../adapters/agents/session';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/harness';
import { seed, start, type Running } from './server';

const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;

describeBrowser('insights page in Chromium', () => {
  let browser: Browser;
  let r: Running;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    r = await start();
    await seed(r);
  });
  afterEach(async () => r.close());

  it('when nobody is signed in, then the page points to the console sign-in and shows no questions', async () => {
    const page = await browser.newPage();
    await page.goto(`${r.base}/agent/insights`);

    await page.locator('#signed-out').waitFor();
    expect(await page.locator('#signed-out a').getAttribute('href')).toBe('/agent');
    expect(await page.locator('#content').isHidden()).toBe(true);
    // The way back to the console, which links here in turn.
    const back = page
      .getByRole('navigation', { name: 'Agent pages' })
      .getByRole('link', { name: 'Agent console' });
    expect(await back.getAttribute('href')).toBe('/agent');
    await page.close();
  });

  it('when the lead marks the parcel group handled from the keyboard, then it leaves the table and the ratings stay', async () => {
    const context = await browser.newContext();
    const { hostname } = new URL(r.base);
    await context.addCookies([{ name: SESSION_COOKIE, value: r.token, domain: hostname, path: '/agent' }]);
    const page = await context.newPage();
    await page.goto(`${r.base}/agent/insights`);

    const rows = page.locator('#unanswered-rows tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    const parcels = rows.filter({ hasText: 'where is my PACKAGE' });
    expect(await parcels.locator('td.num').textContent()).toBe('2');
    expect(await parcels.locator('a').first().getAttribute('href')).toBe('/help/shipping-tracking');
    expect(await page.locator('#ratings-rows th').first().textContent()).toBe('refund-processing-times');

    // The note's label is a real <label>: reachable by its accessible name.
    await parcels.getByLabel('Note').fill('added tracking steps to shipping-tracking');
    await parcels.getByLabel('Note').press('Enter');

    await page.locator('#status', { hasText: 'Marked 2 questions as handled.' }).waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Do you sell parrots?');
    await expect(page.locator('#unanswered-title:focus').count()).resolves.toBe(1);
    expect((await r.unanswered.list(10, { unhandledOnly: true })).map((q) => q.text)).not.toContain(
      'Where is my parcel?',
    );
    await context.close();
  });
});
