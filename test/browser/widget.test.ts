/**
 * The website widget end to end in Debian's Chromium: the page, the vendored Web Chat bundle,
 * our Direct Line and a bot. The bot is a parameter of the harness; this file uses a small
 * scripted bot of its own.
 */
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  REPO_ROOT,
  browserTestSkipReason,
  runWidgetScenario,
  startWidgetServer,
  type WidgetServer,
} from './harness';

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
  await context.sendActivity({ type: ActivityTypes.Typing });
  if (/refund/i.test(a.text ?? '')) {
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
});
