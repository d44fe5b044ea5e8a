/**
 * `/favicon.ico` is ours and served: browsers ask for it on every page of the origin, and a 404
 * there is an error in the browser console of the shop page, the Help Center and the agent pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/appHarness';
import { CHROMIUM, CHROMIUM_ARGS, REPO_ROOT } from './harness';

/** The little of the page's globals the check reads (the test has no DOM types). */
interface PageGlobals {
  Image: new () => { src: string; naturalWidth: number; decode(): Promise<void> };
}

const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;

describe('/favicon.ico', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running?.stop());

  test('when asked for, then it is an ICO of our own with 16 and 32 px images, cached for a day', async () => {
    const res = await fetch(`${running.baseUrl}/favicon.ico`);
    const body = Buffer.from(await res.arrayBuffer());

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    // ICONDIR: reserved 0, type 1 (icon), then one 16-byte entry per image (width, height).
    expect([body.readUInt16LE(0), body.readUInt16LE(2), body.readUInt16LE(4)]).toEqual([0, 1, 2]);
    expect([body[6], body[7], body[22], body[23]]).toEqual([16, 16, 32, 32]);
  });

  describeBrowser('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    });
    afterAll(async () => browser?.close());

    test('when the shop page, the Help Center and the agent pages load, then nothing answers 4xx and the console logs no error', async () => {
      const page = await browser.newPage();
      const failed: string[] = [];
      const errors: string[] = [];
      // Signed out, the agent pages' API calls answer 401 by design; that is not what is checked.
      const signedOutApi = (url: string) => new URL(url).pathname.startsWith('/agent/api/');
      page.on('response', (r) => {
        if (r.status() >= 400 && !signedOutApi(r.url())) failed.push(`${r.status()} ${r.url()}`);
      });
      page.on('console', (m) => {
        if (m.type() === 'error' && !signedOutApi(m.location().url || running.baseUrl))
          errors.push(`${m.text()} ${m.location().url}`);
      });
      for (const route of ['/', '/help', '/help/refund-processing-times', '/agent', '/agent/insights']) {
        await page.goto(`${running.baseUrl}${route}`, { waitUntil: 'networkidle' });
        // Whether or not headless Chromium fetched the icon itself, the page can load it.
        const width = await page.evaluate(async () => {
          const img = new (globalThis as unknown as PageGlobals).Image();
          img.src = '/favicon.ico';
          await img.decode();
          return img.naturalWidth;
        });
        expect([route, width]).toEqual([route, expect.any(Number)]);
        expect(width).toBeGreaterThanOrEqual(16);
      }

      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      await page.setViewportSize({ width: 200, height: 200 });
      await page.goto(`${running.baseUrl}/favicon.ico`);
      const file = path.join(REPO_ROOT, 'test-artifacts', 'favicon.png');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file });
      await page.close();
    }, 60_000);
  });
});
