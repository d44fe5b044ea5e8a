/**
 * A customer can put any https URL in an attachment; rendered as an <img>, the agent's browser
 * would fetch it the moment the ticket opens, telling the URL's owner the agent's address.
 * The console must show such files as links and load images from this server only.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/harness';
import { startHub } from './harness';

const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;
const TRACKER = 'https://tracker.attacker.example/pixel.png';

describeBrowser('agent console and customer-chosen image URLs', () => {
  let browser: Browser;
  let hub: Awaited<ReturnType<typeof startHub>>;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    hub = await startHub(() => new Date());
  });
  afterEach(async () => hub.close());

  it('when a customer attached an external image, then opening the ticket fetches nothing from it and shows a link', async () => {
    const own = `${hub.base}/v3/directline/attachments/f1?s=x`;
    const { ticket } = await hub.openTicket({
      transcript: [
        {
          from: 'customer',
          text: 'see the photo',
          at: new Date().toISOString(),
          attachments: [
            { contentType: 'image/png', url: TRACKER, name: 'damage.png' },
            { contentType: 'image/png', url: own, name: 'label.png' },
          ],
        },
      ],
    });
    const page = await browser.newPage();
    const external: string[] = [];
    // Answer locally (no traffic leaves the machine) but record that the browser asked.
    await page.route('https://tracker.attacker.example/**', (route) => {
      external.push(route.request().url());
      return route.fulfill({ status: 204 });
    });
    await page.goto(`${hub.base}/agent`);
    await page.fill('#name', 'alice');
    await page.fill('#secret', 'alice-secret');
    await page.click('#signin-form button');
    await page.locator(`tr[data-ticket="${ticket.ticketId}"]`).click();
    await page.locator('#transcript img[alt="label.png"]').waitFor();

    const link = page.locator('#transcript a.external', { hasText: 'damage.png' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(TRACKER);
    expect(await link.textContent()).toContain('tracker.attacker.example');
    expect(await page.locator(`#transcript img[src="${TRACKER}"]`).count()).toBe(0);
    expect(await page.locator('#transcript img[alt="label.png"]').getAttribute('src')).toBe(own);
    expect(external).toEqual([]);
  });

  it('when the console page is served, then its CSP loads images from this server only and forbids framing', async () => {
    const res = await fetch(`${hub.base}/agent`);
    const csp = res.headers.get('content-security-policy') ?? '';

    expect(csp).toMatch(/img-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
