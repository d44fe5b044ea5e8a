/** The dashboard API over the real app: sign-in required, inputs validated, figures and CSV from the seed, masked. */
import type { Dashboard } from '../../knowledge/insights/dashboard';
import { issueSession } from '../../adapters/agents/session';
import type { RunningApp } from '../support/appHarness';
import { NOW, seedDashboard, startDashboardApp } from './seed';

describe('dashboard API', () => {
  let running: RunningApp;
  let token: string;
  beforeAll(async () => {
    running = await startDashboardApp();
    await seedDashboard(running.app);
    const login = await fetch(`${running.baseUrl}/agent/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'lead', secret: 'lead-secret-0123' }),
    });
    expect(login.status).toBe(200);
    token = /kx_agent=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1];
  });
  afterAll(async () => running.stop());

  const get = (path: string, auth = true) =>
    fetch(`${running.baseUrl}${path}`, { headers: auth ? { Cookie: `kx_agent=${token}` } : {} });

  it('when nobody is signed in, then the API and the CSV answer 401 with no figures', async () => {
    for (const path of ['/agent/api/dashboard', '/agent/api/dashboard.csv?table=escalations']) {
      const res = await get(path, false);
      expect(res.status).toBe(401);
      expect(await res.text()).toBe('{"error":"unauthorized"}');
    }
  });

  it('when a session was signed with another key, then it opens nothing', async () => {
    const forged = issueSession({ id: 'lead', name: 'lead' }, 'another-key-0123456789abcdef0123456789', NOW);
    const res = await fetch(`${running.baseUrl}/agent/api/dashboard`, {
      headers: { Authorization: `Bearer ${forged}` },
    });
    expect(res.status).toBe(401);
  });

  it.each([
    ['/agent/api/dashboard?days=0', 'days'],
    ['/agent/api/dashboard?channel=%3Cscript%3E', 'channel'],
    ['/agent/api/dashboard.csv?table=passwords', 'table'],
  ])('when %s is asked, then it is refused with 400 naming %s', async (path, field) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'bad-request', field });
  });

  it('when the lead asks for the last 30 days, then the figures are the seed’s', async () => {
    const res = await get('/agent/api/dashboard?days=30');
    expect(res.status).toBe(200);
    const { dashboard } = (await res.json()) as { dashboard: Dashboard };
    expect(dashboard.conversations).toMatchObject({
      total: 6,
      judged: 6,
      resolvedWithoutPerson: 3,
      withTicket: 2,
      cameBack: 1,
    });
    expect(dashboard.channels).toEqual(['directline', 'msteams']);
    expect(dashboard.waits).toMatchObject({ told: 1, cameBackAfterDue: 1 });
    expect(dashboard.agentTimes.firstReply).toEqual({ n: 1, medianSeconds: 600, p90Seconds: 600 });
    expect(dashboard.agentTimes.resolution).toEqual({ n: 1, medianSeconds: 3600, p90Seconds: 3600 });
  });

  it('when a table is exported, then the CSV is an attachment with the table and personal data masked', async () => {
    const res = await get('/agent/api/dashboard.csv?table=unanswered&days=30&channel=directline');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="kx-unanswered-30d-directline.csv"',
    );
    const csv = await res.text();
    expect(csv.split('\r\n')[0]).toBe('Example wording,Times asked,Last asked,Articles offered');
    expect(csv).toContain('call me on [phone]');
    expect(csv).not.toContain('07700');
    const articles = await (await get('/agent/api/dashboard.csv?table=articles')).text();
    expect(articles).toContain('refund to card [card]?');
    expect(articles).not.toContain('4111');
  });
});
