/** The agent console in Debian's Chromium: sign in, see the queue, claim, chat both ways, close. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../browser/harness';
import { startHub } from './harness';

const CHROMIUM = '/usr/bin/chromium';
const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;
const ARTIFACT = path.join(__dirname, '..', '..', 'test-artifacts', 'agent-console.png');

describeBrowser('agent console in Chromium', () => {
  let browser: Browser;
  let hub: Awaited<ReturnType<typeof startHub>>;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    // A real clock: the console shows waiting times relative to now.
    hub = await startHub(() => new Date());
  });
  afterEach(async () => hub.close());

  it('an agent signs in, sees priority and waiting time, claims, chats both ways and closes with a resolution', async () => {
    const { ticket } = await hub.openTicket({
      transcript: [
        { from: 'customer', text: 'Someone changed my payout bank account', at: new Date().toISOString() },
        {
          from: 'bot',
          text: 'That is a security matter; I am connecting you with an agent.',
          at: new Date().toISOString(),
        },
      ],
    });
    await hub.openTicket({
      conversationKey: 'webchat:c2',
      personKey: 'webchat:u2',
      category: 'stalled',
      summary: 'Stalled: refund overdue',
    });
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${hub.base}/agent`);

    await page.fill('#name', 'alice');
    await page.fill('#secret', 'wrong-secret');
    await page.click('#signin-form button');
    await page.locator('#signin-error', { hasText: 'not right' }).waitFor();

    await page.fill('#secret', 'alice-secret');
    await page.click('#signin-form button');
    const row = page.locator(`tr[data-ticket="${ticket.ticketId}"]`);
    await row.waitFor();
    await expectText(row, 'urgent');
    await expectText(row.locator('.waiting'), /\d+ s/);
    expect(await page.locator('#queue-rows tr').first().getAttribute('data-ticket')).toBe(ticket.ticketId);

    await row.click();
    await page.locator('#fields', { hasText: 'SECRET-FIELD payout details changed' }).waitFor();
    await page.locator('#transcript', { hasText: 'Someone changed my payout bank account' }).waitFor();

    await page.click('#claim');
    await page.locator('#ticket-meta', { hasText: 'assigned' }).waitFor();
    expect(
      hub.notifier.customer.some((c) => c.ticketId === ticket.ticketId && c.note.status === 'accepted'),
    ).toBe(true);

    await page.fill('#reply', 'Hi, I am Alice. I have frozen your payouts.');
    await page.click('#reply-form button');
    await page.locator('#transcript li.from-agent', { hasText: 'frozen your payouts' }).waitFor();
    expect(hub.notifier.customer.at(-1)?.note).toMatchObject({
      agentName: 'Alice',
      text: 'Hi, I am Alice. I have frozen your payouts.',
    });

    // The customer answers: it arrives over the socket without a reload.
    const current = (await hub.store.get(ticket.ticketId))!;
    await hub.service.customerSay(current, 'Thank you, that was fast');
    await page.locator('#transcript li.from-customer', { hasText: 'that was fast' }).waitFor();

    fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    await page.screenshot({ path: ARTIFACT, fullPage: true });

    await page.fill('#resolution', 'Payouts frozen, bank details restored');
    await page.click('#resolve-form button');
    await page.locator('#ticket-meta', { hasText: 'resolved' }).waitFor();
    expect((await hub.store.get(ticket.ticketId))?.resolution).toBe('Payouts frozen, bank details restored');
    expect(fs.statSync(ARTIFACT).size).toBeGreaterThan(10000);
  }, 90_000);
});

async function expectText(locator: import('playwright-core').Locator, text: string | RegExp): Promise<void> {
  const content = (await locator.textContent()) ?? '';
  if (typeof text === 'string') expect(content).toContain(text);
  else expect(content).toMatch(text);
}
