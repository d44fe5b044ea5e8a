/**
 * /metrics over the real app: the exposition parses, counters move with turns and tickets, and
 * only loopback callers or holders of METRICS_TOKEN may read it.
 */
import { METRIC_NAMES } from '../../adapters/metrics/registry';
import { parseExposition, valueOf } from '../support/prometheus';
import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

const TOKEN = 'metrics-token-0123456789abcdef';
/** A client address outside this machine, believed because TRUST_PROXY trusts the loopback proxy. */
const REMOTE = { 'X-Forwarded-For': '203.0.113.9' };

async function scrape(r: RunningApp, headers: Record<string, string> = {}) {
  const res = await fetch(`${r.baseUrl}/metrics`, { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

async function samples(r: RunningApp) {
  const res = await scrape(r);
  expect(res.status).toBe(200);
  return parseExposition(res.text);
}

async function say(r: RunningApp, text: string, conversation: string) {
  const { status } = await postActivity(
    r.baseUrl,
    messageActivity(text, { conversation: { id: conversation }, from: { id: `person-${conversation}` } }),
  );
  expect(status).toBe(200);
}

describe('/metrics', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(
      {
        TRUST_PROXY: 'loopback',
        METRICS_TOKEN: TOKEN,
        AGENTS: 'alice:alice-secret-123',
        AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE: '3',
      },
      { now: () => new Date('2026-11-23T12:00:00Z') },
    );
  });
  afterAll(async () => running.stop());

  it('when scraped from this machine, then every metric is described in the Prometheus text format', async () => {
    const res = await scrape(running);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const { help, types } = parseExposition(res.text);
    for (const name of METRIC_NAMES) expect(help).toContain(name);
    expect(types.get('kx_turn_duration_seconds')).toBe('histogram');
    expect(types.get('kx_turns_total')).toBe('counter');
  });

  it('when a person asks a Help Center question, then the turn, its time and its decision are counted', async () => {
    const before = (await samples(running)).samples;
    await say(running, 'how long do refunds take?', 'metrics-answer');
    const after = (await samples(running)).samples;
    const delta = (name: string, labels: Record<string, string> = {}) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);

    expect(delta('kx_turns_total', { channel: 'test' })).toBe(1);
    expect(delta('kx_turn_duration_seconds_count', { channel: 'test' })).toBe(1);
    expect(delta('kx_decisions_total', { outcome: 'answer' })).toBe(1);
    expect(delta('kx_tickets_opened_total')).toBe(0);
  });

  it('when a chargeback conversation opens a ticket, then the ticket is counted opened, pending and queued', async () => {
    const before = (await samples(running)).samples;
    for (const text of [
      'I got a chargeback notification from my bank for order KX-200481',
      'yesterday',
      'Nothing yet',
      'This chat',
      'Yes',
    ])
      await say(running, text, 'metrics-ticket');
    const after = (await samples(running)).samples;

    expect(valueOf(after, 'kx_turns_total') - valueOf(before, 'kx_turns_total')).toBe(5);
    expect(
      valueOf(after, 'kx_decisions_total', { outcome: 'escalate', category: 'dispute-chargeback' }),
    ).toBeGreaterThan(
      valueOf(before, 'kx_decisions_total', { outcome: 'escalate', category: 'dispute-chargeback' }),
    );
    expect(valueOf(after, 'kx_tickets_opened_total', { category: 'dispute-chargeback' })).toBe(1);
    expect(valueOf(after, 'kx_tickets', { state: 'pending' })).toBe(1);
    expect(valueOf(after, 'kx_queue_length')).toBe(1);
    expect(valueOf(before, 'kx_queue_length')).toBe(0);
  });

  it('when an agent claims the ticket and replies twice, then the first reply is timed once and the customer is relayed', async () => {
    const login = await fetch(`${running.baseUrl}/agent/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'alice', secret: 'alice-secret-123' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const [ticket] = await running.app.handoff.store.listQueue();
    const agentPost = (path: string, body: unknown = {}) =>
      fetch(`${running.baseUrl}/agent/api/tickets/${ticket.ticketId}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify(body),
      });
    expect((await agentPost('/claim')).status).toBe(200);
    expect((await agentPost('/messages', { text: 'Hi, Alice here' })).status).toBe(200);
    expect((await agentPost('/messages', { text: 'Looking now' })).status).toBe(200);
    const before = (await samples(running)).samples;
    await say(running, 'thanks, the bank letter is dated Monday', 'metrics-ticket');
    const after = (await samples(running)).samples;

    expect(valueOf(after, 'kx_first_agent_reply_seconds_count')).toBe(1);
    expect(valueOf(after, 'kx_tickets', { state: 'assigned' })).toBe(1);
    expect(valueOf(after, 'kx_queue_length')).toBe(0);
    expect(
      valueOf(after, 'kx_relay_duration_seconds_count') - valueOf(before, 'kx_relay_duration_seconds_count'),
    ).toBe(1);
    expect(valueOf(after, 'kx_decisions_total')).toBe(valueOf(before, 'kx_decisions_total'));
  });

  it('when sign-in attempts pass their limit, then the refusal is counted under its limiter', async () => {
    const attempt = () =>
      fetch(`${running.baseUrl}/agent/api/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'alice', secret: 'wrong-secret-000' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt()).status);
    expect(statuses).toContain(429);
    const { samples: s } = await samples(running);
    expect(valueOf(s, 'kx_rate_limit_refusals_total', { limiter: 'agent-sign-in' })).toBeGreaterThan(0);
  });

  it('when a caller from another machine has no token or a wrong one, then it gets 401 and no figures', async () => {
    for (const headers of [REMOTE, { ...REMOTE, Authorization: 'Bearer not-the-token-at-all-000' }]) {
      const res = await scrape(running, headers);
      expect(res.status).toBe(401);
      expect(res.text).not.toContain('kx_');
    }
  });

  it('when a caller from another machine sends the token, then it gets the metrics', async () => {
    const res = await scrape(running, { ...REMOTE, Authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.text).toContain('kx_turns_total');
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => running.stop());

  it('when a caller from another machine asks, then it is refused with 403 whatever it sends', async () => {
    const res = await scrape(running, { ...REMOTE, Authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('kx_');
  });

  it('when this machine asks, then a second app in the same process has its own counters', async () => {
    const { samples: s } = await samples(running);
    expect(valueOf(s, 'kx_turns_total')).toBe(0);
  });
});
