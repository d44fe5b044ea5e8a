/**
 * The support lead's dashboard in Debian's Chromium: signed out it shows the sign-in notice; signed
 * in at the console, it shows the seeded conversations and tickets with the right figures, draws
 * its charts with the bot's own Chart.js, filters by channel and exports a masked CSV.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/harness';
import type { RunningApp } from '../support/appHarness';
import { EXPECTED, LEAD, seedDashboard, startDashboardApp } from './seed';

const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;
const ARTIFACT = path.join(__dirname, '..', '..', 'test-artifacts', 'dashboard.png');
const timeout = 30_000;

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/agent`);
  await page.fill('#name', LEAD.name);
  await page.fill('#secret', LEAD.secret);
  await page.click('#signin-form button');
  await page.locator('#signin').waitFor({ state: 'hidden', timeout });
}

const text = (page: Page, id: string) => page.locator(`#${id}`).textContent();
const cells = (page: Page, table: string) =>
  page
    .locator(`#table-${table} tbody tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));

describeBrowser('dashboard in Chromium', () => {
  let browser: Browser;
  let running: RunningApp;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    running = await startDashboardApp();
    await seedDashboard(running.app);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('when nobody is signed in, then the page points to the console sign-in and shows no figures', async () => {
    const page = await browser.newPage();
    await page.goto(`${running.baseUrl}/agent/dashboard`);
    await page.locator('#signed-out').waitFor({ timeout });
    expect(await page.locator('#signed-out a').getAttribute('href')).toBe('/agent');
    expect(await page.locator('#content').isHidden()).toBe(true);
    await page.close();
  });

  it('when the lead signs in and opens the dashboard, then the figures, charts, channel filter and CSV match the seed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, running.baseUrl);
    // From here on: the console's own signed-out probe (a 401) happened before the sign-in.
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${running.baseUrl}/agent/dashboard`);
    await page.locator('body[data-loaded="true"]').waitFor({ timeout });

    expect(await text(page, 'conversations-total')).toBe(EXPECTED.all.conversations);
    expect(await text(page, 'resolved-share')).toBe(EXPECTED.all.share);
    expect(await text(page, 'resolved-detail')).toBe('3 of 6 judged · 2 with a ticket · 1 came back');
    expect(await text(page, 'tickets-opened')).toBe(EXPECTED.all.tickets);
    expect(await text(page, 'survey-mean')).toBe('5 / 5');
    expect(await text(page, 'unanswered-open')).toBe('2');
    expect(await page.locator('#definitions').textContent()).toContain('within 24 hours');

    expect(await cells(page, 'escalations')).toEqual([
      ['dispute-chargeback', 'chargeback-notification', '1'],
      ['security', 'security-signal', '1'],
    ]);
    expect((await cells(page, 'waits')).slice(0, 2)).toEqual([
      ['Told to wait, with a due date', '1'],
      ['Came back after the due date', '1'],
    ]);
    expect(await cells(page, 'agent-times')).toEqual([
      ['Time to first agent reply', '1', '10', '10'],
      ['Time to resolution', '1', '60', '60'],
    ]);
    expect(await cells(page, 'survey')).toContainEqual(['5', '1']);
    expect((await cells(page, 'articles'))[0]).toEqual([
      'refund-processing-times',
      '0',
      '1',
      '1',
      '0',
      'refund to card [card]?',
    ]);
    const inbox = (await cells(page, 'unanswered')).map((r) => r[0]);
    expect(inbox).toEqual(expect.arrayContaining(['call me on [phone]', 'do you sell parrots']));

    // Chart.js came from the bot (no CDN) and drew each chart on its canvas.
    const drawn = await page.evaluate(
      `['chart-daily', 'chart-escalations', 'chart-survey'].map((id) => {
        const canvas = document.getElementById(id);
        return Boolean(window.Chart.getChart(canvas)) && canvas.width > 0;
      })`,
    );
    expect(drawn).toEqual([true, true, true]);
    fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    await page.screenshot({ path: ARTIFACT, fullPage: true });

    await page.selectOption('#channel', 'directline');
    await page.click('#window-form button');
    await page.locator('body[data-loaded="true"]').waitFor({ timeout });
    expect(await text(page, 'conversations-total')).toBe(EXPECTED.directline.conversations);
    expect(await text(page, 'resolved-share')).toBe(EXPECTED.directline.share);
    expect(await text(page, 'tickets-opened')).toBe(EXPECTED.directline.tickets);
    expect(await cells(page, 'escalations')).toEqual([['security', 'security-signal', '1']]);

    const href = await page.locator('#table-unanswered a[download]').getAttribute('href');
    expect(href).toBe('/agent/api/dashboard.csv?table=unanswered&days=30&channel=directline');
    const csv = await context.request.get(`${running.baseUrl}${href}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('call me on [phone]');
    await page.screenshot({ path: ARTIFACT.replace('.png', '-directline.png'), fullPage: true });

    expect(problems).toEqual([]);
    await context.close();
  });
});
