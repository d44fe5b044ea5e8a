import WebSocket from 'ws';
import { startHub } from './harness';

type Hub = Awaited<ReturnType<typeof startHub>>;

describe('agent API over HTTP', () => {
  let hub: Hub;
  beforeEach(async () => {
    hub = await startHub();
  });
  afterEach(async () => hub.close());

  const routes: [string, string, unknown?][] = [
    ['GET', '/agent/api/queue'],
    ['GET', '/agent/api/me'],
    ['GET', '/agent/api/tickets/ID'],
    ['POST', '/agent/api/tickets/ID/claim', {}],
    ['POST', '/agent/api/tickets/ID/messages', { text: 'hello' }],
    ['POST', '/agent/api/tickets/ID/resolve', { resolution: 'done' }],
    ['POST', '/agent/api/tickets/ID/release', {}],
    ['POST', '/agent/api/tickets/ID/notes', { text: 'internal' }],
    ['POST', '/agent/api/tickets/ID/transfer', { to: 'queue', note: 'why' }],
    ['POST', '/agent/api/tickets/ID/typing', {}],
    ['GET', '/agent/api/canned-replies'],
    ['GET', '/agent/api/directory'],
  ];

  for (const [method, path, body] of routes) {
    it(`${method} ${path} without a sign-in answers 401 with no ticket data`, async () => {
      const { ticket } = await hub.openTicket();
      for (const token of [
        undefined,
        'forged.token',
        `${(await hub.login('alice', 'alice-secret')).split('.')[0]}.bad`,
      ]) {
        const r = await hub.call(path.replace('ID', ticket.ticketId), { method, body, token });
        expect(r.status).toBe(401);
        expect(r.json).toEqual({ error: 'unauthorized' });
        expect(r.text).not.toContain(ticket.ticketId);
        expect(r.text).not.toContain('SECRET');
      }
    });
  }

  it('when the secret is wrong, then login answers 401 and sets no cookie', async () => {
    const r = await hub.call('/agent/api/login', { body: { name: 'alice', secret: 'nope-nope' } });
    expect(r.status).toBe(401);
    expect(r.headers.get('set-cookie')).toBeNull();
  });

  it('when signed in, then the queue shows priority and waiting time, and the ticket shows fields and transcript', async () => {
    const { ticket } = await hub.openTicket({
      transcript: [{ from: 'customer', text: 'help, hacked', at: '2026-11-23T09:59:00.000Z' }],
    });
    const login = await hub.call('/agent/api/login', { body: { name: 'Alice', secret: 'alice-secret' } });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).toMatch(/kx_agent=.*HttpOnly/);
    const token = login.json.token as string;
    const queue = await hub.call('/agent/api/queue', { token });
    expect(queue.json.pending).toEqual([
      expect.objectContaining({ ticketId: ticket.ticketId, priority: 'urgent', position: 1, waitingMs: 0 }),
    ]);
    const detail = await hub.call(`/agent/api/tickets/${ticket.ticketId}`, { token });
    expect(detail.json.ticket).toMatchObject({
      fields: { whatHappened: 'SECRET-FIELD payout details changed' },
    });
    expect(detail.json.ticket).not.toHaveProperty('customerRef');
    expect((detail.json.messages as { text: string }[]).map((m) => m.text)).toContain('help, hacked');
  });

  it('when two agents claim the same ticket over HTTP, then one gets 200 and the other 409', async () => {
    const { ticket } = await hub.openTicket();
    const [a, b] = await Promise.all([hub.login('alice', 'alice-secret'), hub.login('bob', 'bob-secret-1')]);
    const results = await Promise.all(
      [a, b].map((token) => hub.call(`/agent/api/tickets/${ticket.ticketId}/claim`, { token, body: {} })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('when the holder replies and closes, then the customer gets both and the resolution is required', async () => {
    const { ticket } = await hub.openTicket();
    const token = await hub.login('alice', 'alice-secret');
    await hub.call(`/agent/api/tickets/${ticket.ticketId}/claim`, { token, body: {} });
    expect(
      (
        await hub.call(`/agent/api/tickets/${ticket.ticketId}/messages`, {
          token,
          body: { text: 'Hi, Alice here' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await hub.call(`/agent/api/tickets/${ticket.ticketId}/resolve`, { token, body: { resolution: ' ' } }))
        .json,
    ).toMatchObject({ field: 'resolution' });
    expect(
      (
        await hub.call(`/agent/api/tickets/${ticket.ticketId}/resolve`, {
          token,
          body: { resolution: 'Secured' },
        })
      ).status,
    ).toBe(200);
    expect(hub.notifier.customer.map((c) => c.note.agentName ?? c.note.status)).toEqual([
      'accepted',
      'Alice',
      'completed',
    ]);
  });

  it('the socket refuses an upgrade without a sign-in, and pushes live messages to a signed-in console', async () => {
    const url = hub.base.replace('http', 'ws') + '/agent/ws';
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(url);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => resolve(-1));
    });
    expect(refused).toBe(401);

    const token = await hub.login('alice', 'alice-secret');
    const ws = new WebSocket(url, { headers: { Cookie: `kx_agent=${token}` } });
    const events: { type: string; message?: { text: string } }[] = [];
    // Resolved by the socket's own events, not by polling: the push either comes or the test's
    // timeout names this test.
    let pushed: () => void = () => undefined;
    const customerMessage = new Promise<void>((resolve) => (pushed = resolve));
    await new Promise<void>((resolve) =>
      ws.on('message', (d) => {
        const event = JSON.parse(String(d)) as (typeof events)[number];
        events.push(event);
        if (event.message?.text === 'are you there?') pushed();
        resolve();
      }),
    );
    const { ticket } = await hub.openTicket();
    await hub.service.customerSay(ticket, 'are you there?');
    await customerMessage;
    ws.close();
    expect(events[0]).toMatchObject({ type: 'hello' });
  });

  it('serves the console page at /agent without ticket data', async () => {
    await hub.openTicket();
    const r = await hub.call('/agent');
    expect(r.status).toBe(200);
    expect(r.text).toContain('id="signin-form"');
    expect(r.text).not.toContain('SECRET');
  });
});
