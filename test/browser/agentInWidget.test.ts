/**
 * Who is speaking, in Debian's Chromium with the real app: a widget customer is handed to Alice;
 * her message shows her name and her own avatar, "Alice … has joined" and "Alice has left" frame
 * the chat, and nothing of the handoff protocol (handoff.initiate never reaches the page) shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/appHarness';
import { CHROMIUM, CHROMIUM_ARGS, REPO_ROOT, botText, browserTestSkipReason } from './harness';

const skip = browserTestSkipReason();
const describeBrowser = skip ? describe.skip : describe;
const SECRET = 'correct-horse-battery-staple';

describeBrowser('an agent in the widget, in Chromium', () => {
  let browser: Browser;
  let running: RunningApp;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    // Monday noon in London: inside support hours.
    running = await startApp({ AGENTS: `alice:${SECRET}` }, { now: () => new Date('2026-11-23T12:00:00Z') });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  test("the agent's message shows the agent's name and avatar; joined and left frame the chat", async () => {
    const timeout = 30_000;
    const base = running.baseUrl;
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    // Everything the page's Direct Line receives: the stream's frames and any poll's body.
    const received: string[] = [];
    page.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(String(f.payload))));
    page.on('response', (r) => {
      if (/\/v3\/directline\//.test(r.url()))
        void r.text().then(
          (t) => received.push(t),
          () => undefined,
        );
    });
    await page.goto(base);
    await page.getByRole('button', { name: /chat/i }).click();
    await botText(page, /Kingston Express support assistant/).waitFor({ timeout });
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('Someone hacked my account and changed my payout bank details');
    await input.press('Enter');
    const opened = botText(page, /opened request \*?\*?T-|opened request T-/);
    await opened.waitFor({ timeout });
    const ticketId = /T-[A-Z0-9]+/.exec((await opened.textContent()) ?? '')?.[0];
    expect(ticketId).toBeDefined();

    // The page never receives handoff.initiate (test/e2e/widgetHandoffPrivacy.test.ts): nothing of it shows.
    const shown = (await page.locator('#kx-webchat').innerText()).toLowerCase();
    expect(shown).not.toContain('handoff');
    expect(shown).not.toContain('transcript');
    // Nor did the page's JavaScript get it: the ticket's line came down the socket, the event never did.
    expect(received.join('\n')).toContain(ticketId!);
    expect(received.join('\n')).not.toMatch(/"handoff\.|"Transcript"/i);

    const login = await fetch(`${base}/agent/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'alice', secret: SECRET }),
    });
    const { token } = (await login.json()) as { token: string };
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    expect(
      (await fetch(`${base}/agent/api/tickets/${ticketId}/claim`, { method: 'POST', headers: auth })).status,
    ).toBe(200);
    await botText(page, /alice from our support team has joined/i).waitFor({ timeout });

    const reply = await fetch(`${base}/agent/api/tickets/${ticketId}/messages`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ text: 'Hello, I am looking at your account now.' }),
    });
    expect(reply.status).toBe(200);
    await botText(page, /looking at your account now/).waitFor({ timeout });
    await page.locator('.kx-agent-name', { hasText: 'alice' }).first().waitFor({ timeout });
    await page.locator('.kx-agent-avatar[aria-label="alice" i]').first().waitFor({ timeout });
    // The assistant's own messages carry neither.
    expect(await page.locator('.kx-agent-name').count()).toBe(1);

    fs.mkdirSync(path.join(REPO_ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-artifacts', 'widget-agent-name.png') });

    const close = await fetch(`${base}/agent/api/tickets/${ticketId}/resolve`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ resolution: 'Access restored' }),
    });
    expect(close.status).toBe(200);
    await botText(page, /alice has left; you.re back with the assistant/i).waitFor({ timeout });
  }, 90_000);
});
