import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Page } from 'playwright-core';
import { silentLogger } from '../../adapters/logger';
import { mountDirectLine, type LocalDirectLineAdapter } from '../../adapters/directline';
import { mountWidget } from '../../adapters/web';

export const CHROMIUM = '/usr/bin/chromium';
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const VENDOR_DIR = path.join(REPO_ROOT, 'vendor', 'webchat', '4.18.1');
/** Launch flags for Debian's Chromium (stack-notes.md §8): no sandbox in CI, no outside traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The bot behind the widget: its turn logic, and optionally what to add to the adapter (middleware, onTurnError). */
export interface BotUnderTest {
  logic: (context: TurnContext) => Promise<void>;
  configure?: (adapter: LocalDirectLineAdapter) => void;
}

export interface WidgetServer {
  url: string;
  close(): Promise<void>;
}

/** Whether the browser test can run here: Chromium installed and the bundle fetched. */
export function browserTestSkipReason(): string | undefined {
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install -y chromium)`;
  if (!fs.existsSync(path.join(VENDOR_DIR, 'webchat.js')))
    return 'the Web Chat bundle is missing (npm run webchat:fetch)';
  return undefined;
}

/** A restify server on 127.0.0.1:0 with the widget and Direct Line in front of `bot`. */
export async function startWidgetServer(bot: BotUnderTest): Promise<WidgetServer> {
  const server = restify.createServer();
  const mounted = mountDirectLine(server, {
    logic: bot.logic,
    logger: silentLogger,
    signingKey: crypto.randomBytes(32),
    allowedOrigins: [],
  });
  bot.configure?.(mounted.adapter);
  mountWidget(server, { vendorDir: VENDOR_DIR });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await mounted.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What the scenario types and expects; swap it with the bot under test. */
export interface WidgetScript {
  /** Text of the welcome shown when the chat starts. */
  welcome: RegExp;
  question: string;
  answer: RegExp;
  /** href of the link the answer carries. */
  link: RegExp;
  /** Title of a suggested action on the answer, and what the bot says after it is pressed. */
  suggestedAction: string;
  afterAction: RegExp;
}

/** A bot message as Web Chat renders it (it renders each text three times; the <p> is the visible one). */
export const botText = (page: Page, text: RegExp) => page.locator('p', { hasText: text }).first();

/**
 * Puts a file in Web Chat's send box through its own (visually hidden) file input, and waits until
 * Web Chat holds it: it reads the file asynchronously and marks its upload button when done, and a
 * Send pressed before that goes without the file (seen on a loaded CI machine).
 */
export async function attachInSendBox(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  timeout: number,
): Promise<void> {
  const held = page.locator('#kx-webchat .webchat__attachment-icon--checked');
  if ((await held.count()) !== 0) throw new Error('the send box already holds a file');
  await page.locator('#kx-webchat input[type="file"]').setInputFiles(file);
  await held.waitFor({ timeout });
}

/**
 * Opens `/`, opens the widget, asks, follows a suggested action, reloads and checks the history.
 * Throws (via Playwright's waits) when a step does not happen.
 */
export async function runWidgetScenario(
  page: Page,
  url: string,
  script: WidgetScript,
  screenshot: string,
): Promise<void> {
  const timeout = 30_000; // generous: CI runs these beside the rest of the suite on 2 cores
  await page.goto(url);
  const launcher = page.getByRole('button', { name: /chat/i });
  await launcher.click();
  await botText(page, script.welcome).waitFor({ timeout });

  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(script.question);
  await input.press('Enter');
  await botText(page, script.answer).waitFor({ timeout });
  await page.locator('#kx-webchat a[href]').first().waitFor({ timeout });
  const hrefs = await page
    .locator('#kx-webchat a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  if (!hrefs.some((h) => script.link.test(h)))
    throw new Error(`no link matching ${script.link} in ${JSON.stringify(hrefs)}`);

  await page
    .getByRole('toolbar', { name: 'Suggested actions' })
    .getByRole('button', { name: script.suggestedAction })
    .click();
  await botText(page, script.afterAction).waitFor({ timeout });

  await page.reload();
  // The widget reopens itself after a reload when it was open; open it if it did not.
  const reopened = page.getByRole('button', { name: /chat with support/i });
  if ((await reopened.getAttribute('aria-expanded')) !== 'true') await reopened.click();
  await page.locator('p', { hasText: script.question }).first().waitFor({ timeout });
  await botText(page, script.answer).waitFor({ timeout });
  await botText(page, script.afterAction).waitFor({ timeout });
  const welcomes = await page.locator('p', { hasText: script.welcome }).count();
  if (welcomes !== 1) throw new Error(`expected the welcome once after the reload, saw it ${welcomes} times`);

  // Web Chat shows "Connecting…" until DirectLineJS reports Online: a resume must get there.
  await page
    .locator('.webchat__connectivityStatus', { hasText: 'Connecting' })
    .waitFor({ state: 'hidden', timeout });
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
}
