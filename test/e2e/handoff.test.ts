/**
 * Handoff end to end over HTTP, with no fakes of our code: a customer on the widget's Direct
 * Line, an external hub receiving handoff.initiate by webhook, and an agent on the agent API.
 */
import { startApp, type RunningApp } from '../support/appHarness';
import { DirectLineTestClient } from './directLineClient';
import { captureHub } from './hub';

const AGENT_SECRET = 'correct-horse-battery-staple';

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('handoff end to end: security message → intake → ticket → agent chat → close → survey', () => {
  let running: RunningApp;
  let hub: Awaited<ReturnType<typeof captureHub>>;
  // Monday noon in London: inside support hours.
  const now = () => new Date('2026-11-23T12:00:00Z');

  beforeAll(async () => {
    hub = await captureHub();
    running = await startApp({ AGENTS: `alice:${AGENT_SECRET}`, HANDOFF_WEBHOOK_URL: hub.url }, { now });
  });
  afterAll(async () => {
    await running.stop();
    hub.close();
  });

  it('runs the whole handoff', async () => {
    const base = running.baseUrl;
    const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(base);

    // The external hub got the Bot Framework handoff.initiate with the ticket and the transcript.
    const initiate = await until(async () => hub.received.find((e) => e.name === 'handoff.initiate'));
    expect(initiate).toMatchObject({
      type: 'event',
      value: { ticketId, category: 'security', priority: 'urgent' },
      attachments: [{ contentType: 'application/json', name: 'Transcript' }],
    });
    // The widget's conversation never carries it: the page would get the transcript and routing
    // context (directline.md §11). Only conversations a back end started do.
    expect(customer.seen.some((a) => a.type === 'event' && a.name?.startsWith('handoff.'))).toBe(false);

    // No sign-in: 401 and nothing about the ticket.
    const anon = await fetch(`${base}/agent/api/tickets/${ticketId}`);
    expect(anon.status).toBe(401);
    expect(await anon.text()).not.toContain(ticketId);

    const login = await fetch(`${base}/agent/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'alice', secret: AGENT_SECRET }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };

    const queue = (await (await fetch(`${base}/agent/api/queue`, { headers: auth })).json()) as {
      pending: Array<{ ticketId: string; category: string }>;
    };
    expect(queue.pending.map((t) => t.ticketId)).toContain(ticketId);

    const claim = await fetch(`${base}/agent/api/tickets/${ticketId}/claim`, {
      method: 'POST',
      headers: auth,
    });
    expect(claim.status).toBe(200);
    await customer.waitFor(/alice.*joined/i);

    // Person → agent, relayed; the bot stays silent.
    await customer.say('Thank you, I am still locked out');
    const detail = await until(async () => {
      const d = (await (await fetch(`${base}/agent/api/tickets/${ticketId}`, { headers: auth })).json()) as {
        ticket: { fields: unknown; status: string };
        messages: Array<{ text: string; from?: string; role?: string }>;
      };
      return d.messages.some((m) => m.text === 'Thank you, I am still locked out') ? d : undefined;
    });
    expect(JSON.stringify(detail.ticket.fields)).toContain('changed my payout bank details');

    // Agent → person.
    const reply = await fetch(`${base}/agent/api/tickets/${ticketId}/messages`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ text: 'I have reset your access; check your email.' }),
    });
    expect(reply.status).toBe(200);
    const agentLine = await customer.waitFor(/I have reset your access/);
    expect(agentLine.from.role).toBe('bot');

    const close = await fetch(`${base}/agent/api/tickets/${ticketId}/resolve`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ resolution: 'Access restored, payout details reverted' }),
    });
    expect(close.status).toBe(200);
    await customer.waitFor(/from 1 \(not at all\) to 5/);
    // The survey is answered in words, not only with a button.
    await customer.say('4 out of 5');
    await customer.waitFor(/rating us 4\/5/i);

    const closed = (await (
      await fetch(`${base}/agent/api/tickets/${ticketId}`, { headers: auth })
    ).json()) as {
      ticket: { status: string; csat?: number };
    };
    expect(closed.ticket).toMatchObject({ status: 'resolved', csat: 4 });

    // Back with the bot.
    await customer.say('how long do refunds take?');
    await customer.waitFor(/Once a refund is approved/);
  }, 60_000);
});
