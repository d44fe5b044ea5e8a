/**
 * The widget on a phone (390 × 844, an iPhone 14's CSS pixels) in Debian's Chromium: with the
 * chat open, every control of the chat is reachable; the launcher, which floats over the page
 * at the bottom right, must not sit on the send button or the chat's other buttons.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  REPO_ROOT,
  botText,
  browserTestSkipReason,
  startWidgetServer,
  type WidgetServer,
} from './harness';

/** Greets with two buttons at the bottom of the transcript, where the launcher used to sit. */
async function greetingBot(context: TurnContext): Promise<void> {
  const a = context.activity;
  if (a.type === ActivityTypes.ConversationUpdate && a.membersAdded?.some((m) => m.id !== a.recipient.id))
    await context.sendActivity(
      MessageFactory.suggestedActions(
        ['Track my order', 'Refund times'],
        "Hi! I'm the Kingston Express support assistant.",
      ),
    );
  else if (a.type === ActivityTypes.Message) await context.sendActivity(`You said: ${a.text ?? ''}`);
}

/** What the page tells about one control: where it is and what the browser would click there. */
interface Hit {
  name: string;
  box: { x: number; y: number; width: number; height: number };
  /** The id, or else the tag, of an element on top of the control; null when nothing covers it. */
  coveredBy: string | null;
}

/** The little of the page's globals the check reads (the test has no DOM types). */
interface Node {
  id: string;
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  contains(other: Node | null): boolean;
  closest(selector: string): Node | null;
}
interface PageGlobals {
  document: {
    querySelectorAll(selector: string): Iterable<Node>;
    elementFromPoint(x: number, y: number): Node | null;
  };
}

/** The chat's controls that matter: minimise, the suggested actions, the send box's buttons and input. */
const CONTROLS =
  '#kx-minimise, #kx-webchat .webchat__suggested-actions__button, #kx-webchat .webchat__send-box button, [data-id="webchat-sendbox-input"]';

/** Runs in the page: each control's box and whether the element at its centre is the control itself. */
function readControls(selector: string): Hit[] {
  const doc = (globalThis as unknown as PageGlobals).document;
  return [...doc.querySelectorAll(selector)].map((c): Hit => {
    const r = c.getBoundingClientRect();
    const name =
      c.getAttribute('aria-label') || c.getAttribute('title') || c.textContent?.trim() || c.id || c.tagName;
    // The centre and points just inside each corner: a launcher can cover a corner and miss the centre.
    const points = [
      [r.x + r.width / 2, r.y + r.height / 2],
      [r.x + 2, r.y + 2],
      [r.x + r.width - 2, r.y + 2],
      [r.x + 2, r.y + r.height - 2],
      [r.x + r.width - 2, r.y + r.height - 2],
    ];
    const on = points
      .map(([x, y]) => doc.elementFromPoint(x, y))
      .find((at) => !(at && (c.contains(at) || at.contains(c))));
    return {
      name,
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      coveredBy: on === undefined ? null : on ? (on.closest('[id]')?.id ?? on.tagName) : 'nothing',
    };
  });
}

const skip = browserTestSkipReason();
const describeBrowser = skip ? describe.skip : describe;

describeBrowser('the widget on a phone, in Chromium', () => {
  let browser: Browser;
  let server: WidgetServer;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    server = await startWidgetServer({ logic: greetingBot });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('at 390 × 844 with the chat open, the launcher covers neither the send button nor the chat buttons, and minimising brings it back', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const timeout = 30_000; // generous: CI runs these beside the rest of the suite on 2 cores
    await page.goto(server.url);
    await page.getByRole('button', { name: /chat with support/i }).click();
    await botText(page, /Kingston Express support assistant/).waitFor({ timeout });
    const actions = page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button');
    await actions.first().waitFor({ timeout });

    // Web Chat lays its buttons out after they appear (styles are injected at run time): read
    // the controls until two readings a frame apart agree.
    let hits: Hit[] = [];
    let stable = false;
    for (let reads = 0, previous = ''; reads < 100 && !stable; reads++) {
      hits = await page.evaluate(readControls, CONTROLS);
      const reading = JSON.stringify(hits);
      stable = reading === previous;
      previous = reading;
      if (!stable) await page.waitForTimeout(100);
    }
    expect(stable).toBe(true);
    const names = hits.map((h) => h.name);
    // The check must have looked at the buttons that matter, or it proves nothing.
    expect(names).toEqual(
      expect.arrayContaining(['Send', 'Minimise chat', 'Track my order', 'Refund times']),
    );
    expect(hits.filter((h) => h.coveredBy !== null)).toEqual([]);

    // The launcher's own box does not overlap the send button's, whatever is on top.
    const launcher = await page.locator('#kx-launcher').boundingBox();
    const send = hits.find((h) => h.name === 'Send')?.box;
    const overlaps =
      launcher !== null &&
      send !== undefined &&
      launcher.x < send.x + send.width &&
      send.x < launcher.x + launcher.width &&
      launcher.y < send.y + send.height &&
      send.y < launcher.y + launcher.height;
    expect(overlaps).toBe(false);

    // The chat fills the phone's screen and the send box is on it.
    expect(await page.locator('#kx-chat').boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('hello from a phone');
    await page.getByRole('button', { name: 'Send' }).click();
    await botText(page, /You said: hello from a phone/).waitFor({ timeout });

    const file = path.join(REPO_ROOT, 'test-artifacts', 'widget-phone.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });

    // Minimised, the launcher is back where the customer can reach it.
    await page.getByRole('button', { name: 'Minimise chat' }).click();
    await page.locator('#kx-chat').waitFor({ state: 'hidden', timeout });
    const back = page.getByRole('button', { name: /chat with support/i });
    expect(await back.isVisible()).toBe(true);
    expect(await back.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  }, 60_000);
});
