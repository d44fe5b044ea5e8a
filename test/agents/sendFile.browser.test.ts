/**
 * The console's "Send file" control in Debian's Chromium, against the real app: the agent picks a
 * picture, and the widget customer receives it as an attachment under the agent's name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, REPO_ROOT } from '../browser/harness';
import { DirectLineTestClient } from '../e2e/directLineClient';
import { FILES } from '../directline/files';
import { startApp, type RunningApp } from '../support/appHarness';

const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;
const SECRET = 'correct-horse-battery-staple';

describeBrowser('sending a file from the agent console, in Chromium', () => {
  let browser: Browser;
  let running: RunningApp;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    running = await startApp({ AGENTS: `alice:${SECRET}` });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('the holder picks a picture, and the customer receives it with the text in the reply box', async () => {
    const timeout = 30_000;
    const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(running.baseUrl);
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${running.baseUrl}/agent`);
    await page.fill('#name', 'alice');
    await page.fill('#secret', SECRET);
    await page.click('#signin-form button');
    await page.locator(`tr[data-ticket="${ticketId}"]`).click({ timeout });
    await page.click('#claim');
    await page.locator('#ticket-meta', { hasText: 'assigned' }).waitFor({ timeout });

    await page.fill('#reply', 'The form to fill in');
    await page.setInputFiles('#file-input', { name: 'form.png', mimeType: 'image/png', buffer: FILES.png });
    await page.click('#file-send');
    // Shown as a link here: the page is on 127.0.0.1, the file link on PUBLIC_BASE_URL's localhost.
    await page.locator('#transcript li.from-agent a', { hasText: 'form.png' }).waitFor({ timeout });
    expect(await page.inputValue('#reply')).toBe('');

    const line = await customer.waitFor((a) => a.type === 'message' && a.text === 'The form to fill in');
    expect((line as unknown as { attachments: Array<{ name: string }> }).attachments).toEqual([
      expect.objectContaining({ contentType: 'image/png', name: 'form.png' }),
    ]);
    fs.mkdirSync(path.join(REPO_ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-artifacts', 'agent-console-file.png') });
  }, 60_000);
});
