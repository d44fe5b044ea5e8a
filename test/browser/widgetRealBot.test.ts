/**
 * The product end to end in Debian's Chromium: the page at /, the vendored Web Chat bundle, our
 * Direct Line, and the real bot (knowledge, rule, dialogs, SQLite state) built by createApp.
 */
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/appHarness';
import { CHROMIUM, CHROMIUM_ARGS, REPO_ROOT, browserTestSkipReason, runWidgetScenario } from './harness';

const skip = browserTestSkipReason();
const describeBrowser = skip ? describe.skip : describe;

describeBrowser('the support widget with the real bot, in Chromium', () => {
  let browser: Browser;
  let running: RunningApp;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    running = await startApp();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  test('ask how long refunds take, see the answer and its link, press "Yes", reload: the history is back', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await runWidgetScenario(
      page,
      running.baseUrl,
      {
        welcome: /Kingston Express support assistant/,
        question: 'how long do refunds take?',
        answer: /Once a refund is approved/,
        link: /^http:\/\/localhost:\d+\/help\/refund-processing-times$/,
        suggestedAction: 'Yes',
        afterAction: /Glad that helped/,
      },
      path.join(REPO_ROOT, 'test-artifacts', 'widget-real-bot.png'),
    );
  }, 60_000);
});
