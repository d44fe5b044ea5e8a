/**
 * The pages we serve carry a Content-Security-Policy with frame-ancestors and nosniff, and the
 * real Web Chat still works under it: chat, a photo upload and its preview, with no violation
 * reported. The stand-in page may be framed by ALLOWED_ORIGINS and by nobody else.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pngImage } from '../directline/files';
import { startApp, type RunningApp } from '../support/appHarness';
import { CHROMIUM, CHROMIUM_ARGS, attachInSendBox, botText, browserTestSkipReason } from './harness';

/** The little of the page's globals these tests read (the test has no DOM types). */
interface PageGlobals {
  __cspViolations: string[];
  document: {
    querySelectorAll(selector: string): Iterable<{ src: string; complete: boolean; naturalWidth: number }>;
  };
}

const skip = browserTestSkipReason();
const describeBrowser = skip ? describe.skip : describe;

/** A shop page on its own origin that frames the bot's page at `/`. */
async function shopFraming(): Promise<{ origin: string; setTarget(url: string): void; close(): void }> {
  let target = 'about:blank';
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>shop</title><iframe src="${target}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setTarget: (url) => (target = url),
    close: () => server.close(),
  };
}

/** Collects every CSP violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(
    `window.__cspViolations = [];
     document.addEventListener('securitypolicyviolation', (e) =>
       window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  );
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) fromConsole.push(m.text());
  });
  return async () => [
    ...(await page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations)),
    ...fromConsole,
  ];
}

/** Whether the iframe showed our page (blocked frames end on an error page, not our title). */
async function framedTitle(page: Page): Promise<string> {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) return '';
  try {
    return await frame.title();
  } catch {
    return '';
  }
}

describeBrowser('the widget page under its Content-Security-Policy, in Chromium', () => {
  let browser: Browser;
  let running: RunningApp;
  let allowedShop: Awaited<ReturnType<typeof shopFraming>>;
  let otherShop: Awaited<ReturnType<typeof shopFraming>>;
  beforeAll(async () => {
    allowedShop = await shopFraming();
    otherShop = await shopFraming();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    running = await startApp({ ALLOWED_ORIGINS: allowedShop.origin });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    allowedShop?.close();
    otherShop?.close();
  });

  test('/, /embed.js and the Help Center carry frame-ancestors for ALLOWED_ORIGINS and nosniff', async () => {
    for (const path of ['/', '/embed.js', '/widget.css', '/help', '/help/refund-processing-times']) {
      const res = await fetch(`${running.baseUrl}${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, res.headers.get('x-content-type-options')]).toEqual([path, 'nosniff']);
      expect([path, res.headers.get('content-security-policy')]).toEqual([
        path,
        expect.stringContaining(`frame-ancestors 'self' ${allowedShop.origin}`),
      ]);
    }
    const page = (await fetch(`${running.baseUrl}/`)).headers.get('content-security-policy') ?? '';
    expect(page).toContain("object-src 'none'");
    expect(page).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  test('chat and a photo upload work with no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const violations = await recordViolations(page);
    const timeout = 30_000; // generous: CI runs these beside the rest of the suite on 2 cores
    await page.goto(running.baseUrl);
    await page.getByRole('button', { name: /chat with support/i }).click();
    await botText(page, /Kingston Express support assistant/).waitFor({ timeout });

    // The photo first, while the chat is idle: a bot reply re-rendering the send box could drop
    // a file chosen a moment before (a Web Chat race, not the policy under test).
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await attachInSendBox(
      page,
      { name: 'damaged-box.png', mimeType: 'image/png', buffer: pngImage(48, 32, [190, 60, 30]) },
      timeout,
    );
    await input.fill('the box arrived crushed');
    await input.press('Enter');
    // The photo shows in the customer's bubble, from our signed URL.
    // A function, not a string: a string would be eval'd in the page, which the CSP forbids.
    await page.waitForFunction(
      () =>
        [...(globalThis as unknown as PageGlobals).document.querySelectorAll('#kx-webchat img')].some(
          (i) => i.src.includes('/v3/directline/attachments/') && i.complete && i.naturalWidth === 48,
        ),
      undefined,
      { timeout },
    );
    await input.fill('how long do refunds take?');
    await input.press('Enter');
    await botText(page, /Once a refund is approved/).waitFor({ timeout });
    await page
      .locator('.webchat__connectivityStatus', { hasText: 'Connecting' })
      .waitFor({ state: 'hidden', timeout });

    expect(await violations()).toEqual([]);
  }, 90_000);

  test('a shop in ALLOWED_ORIGINS may frame the page; any other origin may not', async () => {
    allowedShop.setTarget(`${running.baseUrl}/`);
    otherShop.setTarget(`${running.baseUrl}/`);
    const allowed = await browser.newPage();
    await allowed.goto(allowedShop.origin, { waitUntil: 'load' });
    const refused = await browser.newPage();
    await refused.goto(otherShop.origin, { waitUntil: 'load' });

    expect(await framedTitle(allowed)).toMatch(/Kingston Express/);
    expect(await framedTitle(refused)).not.toMatch(/Kingston Express/);
  }, 60_000);
});
