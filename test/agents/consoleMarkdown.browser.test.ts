/**
 * The agent console in Debian's Chromium, for what an agent reads: nothing of the queue before
 * sign-in; transcripts and summaries as Markdown with customer HTML inert and links opening
 * without a referrer; waiting times that keep counting after a claim; a link to the insights page (which links back:
 * test/insights/insightsPage.browser.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, REPO_ROOT } from '../browser/harness';
import { startHub } from './harness';

const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;

/** The little of the page's globals these tests read (the test has no DOM types). */
interface PageGlobals {
  __pwned?: number;
}

const BOT_SUMMARY =
  "Here's what I'll send:\n\n**Team:** Disputes and chargebacks\n\n**When:** about 3 weeks ago\n\nSee [Disputes](https://help.kingston.example/help/disputes) or https://help.kingston.example/help";
const CUSTOMER_HTML =
  '<img src="x" onerror="window.__pwned = 1"> <script>window.__pwned = 2</script> [my refund](https://evil.example/r) **twice**';

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/agent`);
  await page.fill('#name', 'alice');
  await page.fill('#secret', 'alice-secret');
  await page.click('#signin-form button');
  await page.locator('#workspace').waitFor();
}

describeBrowser('agent console: what an agent reads, in Chromium', () => {
  let browser: Browser;
  let hub: Awaited<ReturnType<typeof startHub>>;
  /** How far the server's clock is moved on, with the page's: the two must agree, as in life. */
  let moved = 0;
  const advance = async (page: Page, ms: number) => {
    moved += ms;
    await page.clock.fastForward(ms);
  };
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    // The real clock, moved on by hand together with the page's (Playwright's) clock.
    moved = 0;
    hub = await startHub(() => new Date(Date.now() + moved));
  });
  afterEach(async () => hub.close());

  it('when nobody is signed in, then nothing served carries ticket data, the queue area is hidden and the queue is never asked for', async () => {
    const { ticket } = await hub.openTicket();
    for (const file of [
      '/agent',
      '/agent/console.js',
      '/agent/markdown.js',
      '/agent/console.css',
      '/agent/base.css',
    ]) {
      const body = await (await fetch(`${hub.base}${file}`)).text();
      expect([file, body.includes(ticket.ticketId) || body.includes('SECRET')]).toEqual([file, false]);
    }
    const page = await browser.newPage();
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${hub.base}/agent`);
    await page.locator('#signin').waitFor();

    expect(await page.locator('#workspace').isHidden()).toBe(true);
    expect(await page.getByRole('heading', { name: /Queue/ }).isVisible()).toBe(false);
    expect(await page.locator('#pages').isHidden()).toBe(true);
    expect(await page.locator('#queue-rows tr').count()).toBe(0);
    expect(await page.content()).not.toContain('SECRET');
    expect(asked.filter((p) => p.startsWith('/agent/api/') && p !== '/agent/api/me')).toEqual([]);
    await page.close();
  });

  it('when a transcript holds Markdown and customer HTML, then bold is <strong>, links are <a> without referrer, and the HTML is inert text', async () => {
    const at = new Date().toISOString();
    const { ticket } = await hub.openTicket({
      summary: 'Disputes: **charged twice** for order KX-1',
      transcript: [
        { from: 'customer', text: CUSTOMER_HTML, at },
        { from: 'bot', text: BOT_SUMMARY, at },
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await signIn(page, hub.base);
    const row = page.locator(`tr[data-ticket="${ticket.ticketId}"]`);
    await row.locator('.summary strong', { hasText: 'charged twice' }).waitFor();
    await row.click();
    const transcript = page.locator('#transcript');
    await transcript.locator('strong', { hasText: 'When:' }).waitFor();

    // The bot's summary: bold labels, links (Markdown and bare) that open without a referrer.
    expect(await transcript.locator('strong').allTextContents()).toEqual(
      expect.arrayContaining(['Team:', 'When:', 'twice']),
    );
    expect(await transcript.textContent()).not.toContain('**');
    for (const href of [
      'https://help.kingston.example/help/disputes',
      'https://help.kingston.example/help',
    ]) {
      const a = transcript.locator(`a[href="${href}"]`);
      expect(await a.count()).toBe(1);
      expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await a.getAttribute('referrerpolicy')).toBe('no-referrer');
      expect(await a.getAttribute('target')).toBe('_blank');
    }
    // The customer's HTML: shown as typed, never run, never loaded.
    const customer = transcript.locator('li.from-customer');
    expect(await customer.textContent()).toContain('<img src="x" onerror="window.__pwned = 1">');
    expect(await customer.textContent()).toContain('<script>window.__pwned = 2</script>');
    expect(await transcript.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).toBeUndefined();
    expect(requested.filter((u) => /\/agent\/x$|evil\.example/.test(u))).toEqual([]);
    // A link whose words hide where it goes says its host.
    expect(await customer.locator('a[href="https://evil.example/r"] + .host').textContent()).toBe(
      ' (evil.example)',
    );
    // The ticket's summary field, too.
    await page.locator('#fields dd strong', { hasText: 'charged twice' }).waitFor();

    const file = path.join(REPO_ROOT, 'test-artifacts', 'agent-console-markdown.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    await page.close();
  });

  it('when time passes, then the queue waiting time counts, and after a claim the time with the agent counts too', async () => {
    const { ticket } = await hub.openTicket();
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.clock.install();
    await signIn(page, hub.base);
    const waiting = page.locator(`tr[data-ticket="${ticket.ticketId}"] .waiting`);
    await waiting.waitFor();
    expect(await waiting.textContent()).toMatch(/^\d+ s$/);

    await advance(page, 125_000);
    await page.locator(`tr[data-ticket="${ticket.ticketId}"] .waiting`, { hasText: /^2 min$/ }).waitFor();

    await page.locator(`tr[data-ticket="${ticket.ticketId}"]`).click();
    await page.locator('#claim:enabled').click();
    const held = page.locator('#ticket-meta .held');
    await held.waitFor();
    expect(await page.locator('#ticket-meta').textContent()).toMatch(/with Alice for \d+ s/);

    await advance(page, 190_000);
    await page.locator('#ticket-meta .held', { hasText: /^3 min$/ }).waitFor();
    // The list of tickets with agents counts as well.
    expect(await page.locator('#assigned li').first().textContent()).toMatch(/open \d+ min$/);
    await page.close();
  });

  it('when signed in, then the console links to the insights page', async () => {
    const page = await browser.newPage();
    await signIn(page, hub.base);
    const insights = page
      .getByRole('navigation', { name: 'Agent pages' })
      .getByRole('link', { name: 'Insights' });

    expect(await insights.getAttribute('href')).toBe('/agent/insights');
    await page.close();
  });
});
