/**
 * The website widget end to end in Debian's Chromium: the page, the vendored Web Chat bundle,
 * our Direct Line and a bot. The bot is a parameter of the harness; this file uses a small
 * scripted bot of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ActivityTypes, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { pngImage } from '../directline/files';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  REPO_ROOT,
  botText,
  browserTestSkipReason,
  runWidgetScenario,
  startWidgetServer,
  type WidgetServer,
} from './harness';

/** Every message the bot received, for the upload test to inspect. */
const received: Activity[] = [];

/** Greets, answers refund questions with a link and suggested actions, and answers one action. */
async function scriptedBot(context: TurnContext): Promise<void> {
  const a = context.activity;
  if (a.type === ActivityTypes.ConversationUpdate) {
    if (a.membersAdded?.some((m) => m.id !== a.recipient.id))
      await context.sendActivity(
        MessageFactory.suggestedActions(
          ['Track my order', 'Refund times'],
          "Hi! I'm the Kingston Express support assistant.",
        ),
      );
    return;
  }
  if (a.type !== ActivityTypes.Message) return;
  received.push(a);
  await context.sendActivity({ type: ActivityTypes.Typing });
  if (a.attachments?.length) {
    const names = a.attachments.map((f) => f.name).join(', ');
    await context.sendActivity(`Thanks, I received ${names}. Our team can see it too.`);
  } else if (/refund/i.test(a.text ?? '')) {
    await context.sendActivity(
      MessageFactory.suggestedActions(
        ['Talk to a person', 'Something else'],
        'Refunds reach your card 5–10 business days after the seller approves them. See [Refund processing times](https://help.kingston.example/refund-processing-times).',
      ),
    );
  } else if (a.text === 'Talk to a person') {
    await context.sendActivity('Before I connect you, three quick questions.');
  } else {
    await context.sendActivity(`You said: ${a.text ?? ''}`);
  }
}

const skip = browserTestSkipReason();
const describeBrowser = skip ? describe.skip : describe;
if (skip) console.warn(`browser test skipped: ${skip}`);

describeBrowser('website widget in Chromium', () => {
  let browser: Browser;
  let server: WidgetServer;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    server = await startWidgetServer({ logic: scriptedBot });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('open the widget, ask about refunds, see the answer and its link, press a suggested action, reload: the history is back', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!/^(data:|blob:)/.test(r.url()) && !r.url().startsWith(server.url)) outside.push(r.url());
    });
    await runWidgetScenario(
      page,
      server.url,
      {
        welcome: /Kingston Express support assistant/,
        question: 'how long do refunds take?',
        answer: /Refunds reach your card/,
        link: /refund-processing-times/,
        suggestedAction: 'Talk to a person',
        afterAction: /three quick questions/,
      },
      path.join(REPO_ROOT, 'test-artifacts', 'widget.png'),
    );
    // The bundle is ours: no CDN, nothing fetched from anywhere else.
    expect(outside).toEqual([]);
  }, 60_000);

  test('attach a photo in Web Chat, add a few words, send: the bot gets the PNG as an attachment with our signed URL, replies, and the photo shows', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!/^(data:|blob:)/.test(r.url()) && !r.url().startsWith(server.url)) outside.push(r.url());
    });
    const timeout = 30_000; // generous: CI runs these beside the rest of the suite on 2 cores
    const photo = pngImage(48, 32, [190, 60, 30]);
    await page.goto(server.url);
    await page.getByRole('button', { name: /chat with support/i }).click();
    await botText(page, /Kingston Express support assistant/).waitFor({ timeout });

    // Web Chat's own (visually hidden) file input, behind its upload button.
    await page.locator('#kx-webchat input[type="file"]').setInputFiles({
      name: 'damaged-box.png',
      mimeType: 'image/png',
      buffer: photo,
    });
    // Web Chat registers a chosen file asynchronously (the clip icon gets a check mark): sending
    // before that sends the words alone.
    await page.locator('#kx-webchat .webchat__attachment-icon--checked').waitFor({ timeout });
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('the box arrived crushed');
    await input.press('Enter');
    await botText(page, /Thanks, I received damaged-box\.png/).waitFor({ timeout });

    const message = received.find((a) => a.attachments?.length);
    expect(message?.text).toBe('the box arrived crushed');
    expect(message?.attachments).toEqual([
      {
        contentType: 'image/png',
        contentUrl: expect.stringMatching(
          new RegExp(
            `^${server.url.replace(/\./g, '\\.')}/v3/directline/attachments/[\\w-]{43}\\?e=\\d+&s=[\\w-]{43}$`,
          ),
        ),
        name: 'damaged-box.png',
        thumbnailUrl: expect.any(String),
      },
    ]);
    expect(message?.attachments?.[0].thumbnailUrl).toBe(message?.attachments?.[0].contentUrl);
    const url = message?.attachments?.[0].contentUrl ?? '';
    const served = await fetch(url);
    expect(Buffer.from(await served.arrayBuffer()).equals(photo)).toBe(true);

    // The customer's bubble shows the photo from our URL once the echo replaced the local copy.
    // (A string: the test has no DOM types.)
    await page.waitForFunction(
      `[...document.querySelectorAll('#kx-webchat img')].some(
         (i) => i.src === ${JSON.stringify(url)} && i.complete && i.naturalWidth === 48)`,
      undefined,
      { timeout },
    );
    // The upload leaves the connection as it was: Web Chat is not stuck "Connecting…".
    await page
      .locator('.webchat__connectivityStatus', { hasText: 'Connecting' })
      .waitFor({ state: 'hidden', timeout });
    const file = path.join(REPO_ROOT, 'test-artifacts', 'widget-upload.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    expect(outside).toEqual([]);
  }, 60_000);

  test('attach a file the server refuses (plain text): the widget says what can be sent, and the bot gets nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const timeout = 30_000; // generous: CI runs these beside the rest of the suite on 2 cores
    await page.goto(server.url);
    await page.getByRole('button', { name: /chat with support/i }).click();
    await botText(page, /Kingston Express support assistant/).waitFor({ timeout });
    const before = received.length;

    // The picker offers only accepted types; a file dropped in by other means still reaches the server.
    await page.locator('#kx-webchat input[type="file"]').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('my order never arrived'),
    });
    // Web Chat registers a chosen file asynchronously (the clip icon gets a check mark): sending
    // before that sends the words alone.
    await page.locator('#kx-webchat .webchat__attachment-icon--checked').waitFor({ timeout });
    await page.getByRole('button', { name: 'Send' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be sent' });
    await alert.waitFor({ timeout });
    expect(await alert.textContent()).toMatch(
      /photos \(JPEG, PNG, GIF, WebP, HEIC\) or PDFs, up to 4 MB each/,
    );

    // The next message goes through and clears the notice.
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('how long do refunds take?');
    await input.press('Enter');
    await botText(page, /Refunds reach your card/).waitFor({ timeout });
    await alert.waitFor({ state: 'hidden', timeout });
    expect(received.slice(before).map((a) => [a.text, a.attachments?.length ?? 0])).toEqual([
      ['how long do refunds take?', 0],
    ]);
  }, 60_000);
});
