/**
 * The Help Center pages are pages where customers read, so they carry what the shop's pages carry:
 * the support widget (answering, under the pages' CSP), a search box over the bot's own article
 * search, and a way back to the shop. The whole app, the real bot, Debian's Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/appHarness';
import { CHROMIUM, CHROMIUM_ARGS, REPO_ROOT, botText, browserTestSkipReason } from './harness';

/** The little of the page's globals these tests read (the test has no DOM types). */
interface PageGlobals {
  __cspViolations: string[];
}

/** Collects every CSP violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(
    `window.__cspViolations = [];
     document.addEventListener('securitypolicyviolation', (e) =>
       window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  );
  return () => page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations);
}

describe('the Help Center over HTTP', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running?.stop());

  test('when /help?q= asks about refunds, then the refund articles are listed from the article search', async () => {
    const res = await fetch(`${running.baseUrl}/help?q=${encodeURIComponent('how long do refunds take')}`);
    const html = await res.text();

    expect(res.status).toBe(200);
    expect(html).toContain('Search results for “how long do refunds take”');
    const linked = [...html.matchAll(/<li><a href="\/help\/([\w-]+)">/g)].map((m) => m[1]);
    expect(linked[0]).toBe('refund-processing-times');
    expect(linked.length).toBeLessThanOrEqual(8);
  });

  test('when the search is blank, then the index is served; when it is longer than 200 characters, then 400 says so', async () => {
    const blank = await fetch(`${running.baseUrl}/help?q=%20%20`);
    const long = await fetch(`${running.baseUrl}/help?q=${'a'.repeat(201)}`);

    expect(blank.status).toBe(200);
    expect(await blank.text()).toContain('<h1>Help Center</h1>');
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('the search is longer than 200 characters');
  });

  test('when a Help Center page is served, then its CSP lets the widget run and nothing inline', async () => {
    const csp = (await fetch(`${running.baseUrl}/help/refund-processing-times`)).headers.get(
      'content-security-policy',
    );

    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("object-src 'none'");
  });
});

const skip = browserTestSkipReason();
const describeBrowser = skip ? describe.skip : describe;

describeBrowser('the Help Center in Chromium', () => {
  let browser: Browser;
  let running: RunningApp;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    running = await startApp();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  test('on an article page: search the Help Center, go back to the shop, and ask the widget a question it answers', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const violations = await recordViolations(page);
    const timeout = 30_000; // generous: CI runs these beside the rest of the suite on 2 cores
    await page.goto(`${running.baseUrl}/help/delivery-timelines`);

    // The search box: a GET form to /help that lists what the article search finds.
    await page.getByRole('searchbox', { name: 'Search the Help Center' }).fill('refund');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/help\?q=refund$/, { timeout });
    await page
      .getByRole('link', { name: /refund/i })
      .first()
      .waitFor({ timeout });
    expect(await page.getByRole('searchbox', { name: 'Search the Help Center' }).inputValue()).toBe('refund');

    // The way back to the shop.
    expect(await page.getByRole('link', { name: 'Back to the shop' }).getAttribute('href')).toBe('/');

    // The widget, on the Help Center page, answering from the real bot.
    await page.goto(`${running.baseUrl}/help/delivery-timelines`);
    await page.getByRole('button', { name: /chat with support/i }).click();
    await botText(page, /Kingston Express support assistant/).waitFor({ timeout });
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('how long do refunds take?');
    await input.press('Enter');
    await botText(page, /Once a refund is approved/).waitFor({ timeout });
    await page
      .locator('.webchat__connectivityStatus', { hasText: 'Connecting' })
      .waitFor({ state: 'hidden', timeout });
    const file = path.join(REPO_ROOT, 'test-artifacts', 'help-center-widget.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    // Read before leaving: the record starts again on every page.
    expect(await violations()).toEqual([]);

    await page.getByRole('link', { name: 'Back to the shop' }).click();
    await page.waitForURL(`${running.baseUrl}/`, { timeout });
    await page.close();
  }, 90_000);
});
