/** Notes, transfers, canned replies and typing over the agent API and socket. */
import WebSocket from 'ws';
import { startHub } from './harness';

type Hub = Awaited<ReturnType<typeof startHub>>;

/** A signed-in console socket that keeps every event it is pushed. */
async function consoleSocket(hub: Hub, token: string) {
  const ws = new WebSocket(hub.base.replace('http', 'ws') + '/agent/ws', {
    headers: { Cookie: `kx_agent=${token}` },
  });
  const events: Record<string, unknown>[] = [];
  ws.on('message', (d) => events.push(JSON.parse(String(d))));
  await until(() => events.some((e) => e.type === 'hello'));
  return { ws, events };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('agent console actions over HTTP', () => {
  let hub: Hub;
  let alice: string;
  let bob: string;
  let ticketId: string;
  const post = (path: string, token: string, body: unknown = {}) =>
    hub.call(`/agent/api/tickets/${ticketId}${path}`, { token, body });

  beforeEach(async () => {
    hub = await startHub();
    [alice, bob] = await Promise.all([hub.login('alice', 'alice-secret'), hub.login('bob', 'bob-secret-1')]);
    ticketId = (await hub.openTicket()).ticket.ticketId;
    await post('/claim', alice);
    hub.notifier.customer.length = 0;
  });
  afterEach(async () => hub.close());

  it('when an agent adds a note, then every agent reads it in the ticket and the customer is sent nothing', async () => {
    const r = await post('/notes', bob, { text: 'Same person called about KX-1 yesterday' });
    expect(r.status).toBe(200);
    const detail = await hub.call(`/agent/api/tickets/${ticketId}`, { token: alice });
    expect(detail.json.messages).toContainEqual(
      expect.objectContaining({
        from: 'note',
        agentId: 'bob',
        text: 'Same person called about KX-1 yesterday',
      }),
    );
    expect(hub.notifier.customer).toEqual([]);
    expect((await post('/notes', alice, { text: ' ' })).json).toMatchObject({
      error: 'bad-request',
      field: 'text',
    });
  });

  it('when Alice transfers to Bob with a reason, then Bob holds it and sees the whole transcript with the notes; the customer gets one plain line', async () => {
    await post('/notes', alice, { text: 'Checked the payout log' });
    const r = await post('/transfer', alice, { to: 'agent', agentId: 'bob', note: 'Bob handles payouts' });
    expect(r.status).toBe(200);
    expect(r.json.ticket).toMatchObject({
      status: 'assigned',
      agentId: 'bob',
      transfers: [{ fromAgentId: 'alice', toAgentId: 'bob' }],
    });
    const seenByBob = await hub.call(`/agent/api/tickets/${ticketId}`, { token: bob });
    const texts = (seenByBob.json.messages as { from: string; text: string }[]).map(
      (m) => `${m.from}: ${m.text}`,
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        'note: Checked the payout log',
        'system: Alice transferred the ticket to Bob.',
        'note: Bob handles payouts',
      ]),
    );
    expect(hub.notifier.customer.map((c) => c.note.text)).toEqual([
      "You're being transferred to Bob; they can see everything so far.",
    ]);
    expect((await post('/messages', alice, { text: 'me again' })).status).toBe(409);
    expect((await post('/messages', bob, { text: 'Hi, Bob here' })).status).toBe(200);
  });

  it('when a ticket goes back to the queue under another category, then it waits there with that priority', async () => {
    const r = await post('/transfer', alice, {
      to: 'queue',
      category: 'dispute-chargeback',
      note: 'A chargeback, not a hack',
    });
    expect(r.status).toBe(200);
    const queue = await hub.call('/agent/api/queue', { token: bob });
    expect(queue.json.pending).toEqual([
      expect.objectContaining({ ticketId, category: 'dispute-chargeback', priority: 'normal' }),
    ]);
  });

  it('refuses a transfer without a reason, to an unknown agent or category, each naming the field', async () => {
    expect((await post('/transfer', alice, { to: 'agent', agentId: 'bob' })).json).toMatchObject({
      field: 'note',
    });
    expect((await post('/transfer', alice, { to: 'agent', agentId: 'zed', note: 'x' })).json).toMatchObject({
      field: 'agentId',
    });
    expect(
      (await post('/transfer', alice, { to: 'queue', category: 'billing', note: 'x' })).json,
    ).toMatchObject({ field: 'category' });
    expect((await post('/transfer', alice, { to: 'agent', agentId: 'alice', note: 'x' })).status).toBe(400);
  });

  it('when the ticket was closed first, then the transfer is a 409 that says the ticket is resolved', async () => {
    await post('/resolve', alice, { resolution: 'Fixed' });
    const r = await post('/transfer', alice, { to: 'agent', agentId: 'bob', note: 'too late' });
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ error: 'not-allowed', status: 'resolved' });
    expect(String(r.json.message)).toMatch(/resolved now/);
  });

  it('lists the canned replies and the directory for the transfer picker', async () => {
    const canned = await hub.call('/agent/api/canned-replies', { token: alice });
    expect((canned.json.replies as { id: string }[]).map((r) => r.id)).toContain('greeting');
    const dir = await hub.call('/agent/api/directory', { token: alice });
    expect(dir.json).toMatchObject({
      agents: expect.arrayContaining([expect.objectContaining({ id: 'bob' })]),
    });
    expect(dir.json.categories).toContain('dispute-chargeback');
  });

  it("when the customer types, then only the holder's console hears it; when the holder types, the customer does", async () => {
    const a = await consoleSocket(hub, alice);
    const b = await consoleSocket(hub, bob);
    hub.service.customerTyping((await hub.store.get(ticketId))!);
    await hub.service.customerSay((await hub.store.get(ticketId))!, 'marker');
    await until(() =>
      [a, b].every((s) => s.events.some((e) => (e.message as { text?: string })?.text === 'marker')),
    );
    expect(a.events.filter((e) => e.type === 'typing')).toEqual([
      { type: 'typing', ticketId, forAgentId: 'alice' },
    ]);
    expect(b.events.filter((e) => e.type === 'typing')).toEqual([]);
    a.ws.close();
    b.ws.close();

    expect((await post('/typing', alice)).json).toEqual({ sent: true });
    expect((await post('/typing', bob)).status).toBe(409);
    expect(hub.notifier.typing).toEqual([{ ticketId, agentName: 'Alice' }]);
  });
});

describe('attachments in the transcript an agent reads', () => {
  const OLD = 'https://bot.example/v3/directline/attachments/f1?e=100&s=ok';
  /** Stands in for MountedDirectLine.renewAttachmentUrl: ours come back re-signed, others undefined. */
  const renew = (url: string) => (url === OLD ? url.replace('e=100&s=ok', 'e=999&s=fresh') : undefined);

  it('when a transcript is served, then our attachment URLs are renewed and other https ones are left as they are', async () => {
    const hub = await startHub(undefined, { attachmentUrl: renew });
    try {
      const token = await hub.login('alice', 'alice-secret');
      const { ticket } = await hub.openTicket({
        transcript: [
          {
            from: 'customer',
            text: 'the damage',
            at: '2026-11-16T10:00:00.000Z',
            attachments: [
              { contentType: 'image/jpeg', url: OLD, name: 'box.jpg' },
              { contentType: 'application/pdf', url: 'https://files.example/r.pdf', name: 'r.pdf' },
            ],
          },
        ],
      });
      const detail = await hub.call(`/agent/api/tickets/${ticket.ticketId}`, { token });
      const line = (detail.json.messages as { text: string; attachments?: unknown }[]).find(
        (m) => m.text === 'the damage',
      );
      expect(line?.attachments).toEqual([
        { contentType: 'image/jpeg', url: renew(OLD), name: 'box.jpg' },
        { contentType: 'application/pdf', url: 'https://files.example/r.pdf', name: 'r.pdf' },
      ]);
      // The stored line keeps its URL; only what is served is fresh.
      expect((await hub.store.listMessages(ticket.ticketId))[0].attachments?.[0].url).toBe(OLD);
    } finally {
      await hub.close();
    }
  });
});
