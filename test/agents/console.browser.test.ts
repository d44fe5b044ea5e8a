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
          from: 'customer',
          text: '',
          at: new Date().toISOString(),
          attachments: [
            {
              contentType: 'image/png',
              url: `${hub.base}/v3/directline/attachments/f1?s=x`,
              name: 'screen.png',
            },
            {
              contentType: 'application/pdf',
              url: `${hub.base}/v3/directline/attachments/f2?s=y`,
              name: 'bank.pdf',
            },
          ],
        },
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
    // Our own picture is a thumbnail opening the full image in a new tab; another file a download link.
    const thumb = page.locator('#transcript li.from-customer a[target="_blank"] > img[alt="screen.png"]');
    await thumb.waitFor();
    expect(await thumb.getAttribute('src')).toBe(`${hub.base}/v3/directline/attachments/f1?s=x`);
    const pdf = page.locator('#transcript a[download="bank.pdf"]', { hasText: 'bank.pdf' });
    expect(await pdf.getAttribute('href')).toBe(`${hub.base}/v3/directline/attachments/f2?s=y`);

    await page.click('#claim');
    await page.locator('#ticket-meta', { hasText: 'assigned' }).waitFor();
    expect(
      hub.notifier.customer.some((c) => c.ticketId === ticket.ticketId && c.note.status === 'accepted'),
    ).toBe(true);

    await page.fill('#reply', 'Hi, I am Alice. I have frozen your payouts.');
    await page.click('#reply-form button[type="submit"]');
    await page.locator('#transcript li.from-agent', { hasText: 'frozen your payouts' }).waitFor();
    expect(hub.notifier.customer.at(-1)?.note).toMatchObject({
      agentName: 'Alice',
      text: 'Hi, I am Alice. I have frozen your payouts.',
    });

    // An internal note: shown apart in the transcript, never sent to the customer.
    const toldBefore = hub.notifier.customer.length;
    await page.fill('#note', 'Payout change came from a new device in another country');
    await page.press('#note', 'Enter');
    const note = page.locator('#transcript li.from-note', { hasText: 'new device in another country' });
    await note.waitFor();
    await expectText(note, 'Internal note (Alice)');
    expect(hub.notifier.customer).toHaveLength(toldBefore);

    // A canned reply by shortcut: "/" opens the list, Enter puts the text in the box to edit.
    await page.click('#reply');
    await page.keyboard.type('/ord');
    const option = page.locator('#canned-list [role="option"]', { hasText: 'order or case number' });
    await option.waitFor();
    expect(await page.getAttribute('#reply', 'aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#reply')).toMatch(/^Could you send me the order or case number/);
    expect(await page.isHidden('#canned-list')).toBe(true);
    await page.keyboard.type(' Thanks!');
    await page.keyboard.press('Enter');
    await page.locator('#transcript li.from-agent', { hasText: 'Thanks!' }).waitFor();
    expect(hub.notifier.customer.at(-1)?.note.text).toMatch(
      /^Could you send me the order or case number.* Thanks!$/,
    );

    // …and by a click on the picker.
    await page.click('#canned-toggle');
    await page.click('#canned-list [role="option"]:has-text("Greeting")');
    expect(await page.inputValue('#reply')).toMatch(/^Hi, thanks for waiting/);
    await page.fill('#reply', '');

    // The customer types: the holder's console says so, and a customer message clears it.
    hub.service.customerTyping((await hub.store.get(ticket.ticketId))!);
    await page.locator('#typing', { hasText: 'Customer is typing' }).waitFor();

    fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    await page.screenshot({ path: ARTIFACT, fullPage: true });

    // The customer answers: it arrives over the socket without a reload, and typing clears.
    const current = (await hub.store.get(ticket.ticketId))!;
    await hub.service.customerSay(current, 'Thank you, that was fast');
    await page.locator('#transcript li.from-customer', { hasText: 'that was fast' }).waitFor();
    await page.locator('#typing').waitFor({ state: 'hidden' });

    await page.fill('#resolution', 'Payouts frozen, bank details restored');
    await page.click('#resolve-form button');
    await page.locator('#ticket-meta', { hasText: 'resolved' }).waitFor();
    expect((await hub.store.get(ticket.ticketId))?.resolution).toBe('Payouts frozen, bank details restored');
    expect(fs.statSync(ARTIFACT).size).toBeGreaterThan(10000);
  }, 90_000);

  it('an agent transfers a claimed ticket to a colleague with a reason; the colleague is told and reads the transcript and notes', async () => {
    const { ticket } = await hub.openTicket();
    const alice = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const bob = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    for (const [page, name, secret] of [
      [alice, 'alice', 'alice-secret'],
      [bob, 'bob', 'bob-secret-1'],
    ] as const) {
      await page.goto(`${hub.base}/agent`);
      await page.fill('#name', name);
      await page.fill('#secret', secret);
      await page.click('#signin-form button');
      await page.locator(`tr[data-ticket="${ticket.ticketId}"]`).waitFor();
    }
    await alice.click(`tr[data-ticket="${ticket.ticketId}"]`);
    await alice.click('#claim');
    await alice.locator('#ticket-meta', { hasText: 'assigned' }).waitFor();
    await alice.fill('#note', 'Checked the payout log: changed at 09:12');
    await alice.click('#note-form button');
    await alice.locator('#transcript li.from-note', { hasText: 'payout log' }).waitFor();

    // The reason is required: the form says so before anything is sent.
    await alice.selectOption('#transfer-to', 'agent:bob');
    await alice.click('#transfer-form button');
    await alice.locator('#ticket-error', { hasText: 'Say why' }).waitFor();
    await alice.fill('#transfer-note', 'Bob handles payout fraud');
    await alice.click('#transfer-form button');
    await alice.locator('#ticket-meta', { hasText: '(Bob)' }).waitFor();
    expect(await alice.isDisabled('#reply')).toBe(true);
    expect(hub.notifier.customer.at(-1)?.note.text).toBe(
      "You're being transferred to Bob; they can see everything so far.",
    );

    await bob.locator('#notice', { hasText: `Alice transferred ${ticket.ticketId} to you` }).waitFor();
    await bob.click('#notice button');
    await bob.locator('#transcript li.from-note', { hasText: 'Checked the payout log' }).waitFor();
    await bob.locator('#transcript li.from-note', { hasText: 'Bob handles payout fraud' }).waitFor();
    await expectText(bob.locator('#fields'), 'Alice → Bob');
    expect(await bob.isEnabled('#reply')).toBe(true);
  }, 90_000);

  it('an agent signs out: the console shows the sign-in, and the session cookie it held opens nothing any more', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${hub.base}/agent`);
    await page.fill('#name', 'alice');
    await page.fill('#secret', 'alice-secret');
    await page.click('#signin-form button');
    await page.locator('#who', { hasText: 'Alice' }).waitFor();
    // The live socket opens on the cookie alone: a ticket opened now appears without a reload.
    const { ticket } = await hub.openTicket();
    await page.locator(`tr[data-ticket="${ticket.ticketId}"]`).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === 'kx_agent');
    expect(cookie).toBeDefined();

    await page.click('#logout');
    await page.locator('#signin').waitFor();
    expect((await hub.call('/agent/api/me', { token: cookie!.value })).status).toBe(401);
    await context.close();
  }, 60_000);
});

async function expectText(locator: import('playwright-core').Locator, text: string | RegExp): Promise<void> {
  const content = (await locator.textContent()) ?? '';
  if (typeof text === 'string') expect(content).toContain(text);
  else expect(content).toMatch(text);
}
