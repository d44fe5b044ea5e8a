/**
 * The agent console's live updates across instances: two whole app instances on one PostgreSQL
 * database, an agent's console socket on A, and a customer, a queue and another agent acting
 * through B. Real sockets, the real ticket store, LISTEN/NOTIFY on the server.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import WebSocket from 'ws';
import { createLogger } from '../../adapters/logger';
import type { AgentSockets } from '../../adapters/agents/sockets';
import {
  NOTIFY_MAX_BYTES,
  PostgresAgentEvents,
  agentEventsChannelFor,
  decodeEnvelope,
  encodeEnvelope,
  shareAgentEventsThroughPostgres,
  type ConsoleEvent,
} from '../../adapters/agents/postgresAgentEvents';
import type { HubEvent } from '../../handoff/ports';
import { describePostgres, dropSchema, freshSchema, testPool, TEST_DATABASE_URL } from '../support/postgres';
import { startApp, type RunningApp } from '../support/appHarness';
import { DirectLineTestClient } from '../e2e/directLineClient';

const SECRET = 'agent-events-secret-1';

/** Resolves with the first truthy value of `check`; the deadline only keeps a broken run from hanging. */
async function until<T>(check: () => T | false | undefined | Promise<T | false | undefined>): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * The instance's agent event bus: the one createApp wired (PostgreSQL), or, while createApp does
 * not wire one yet, one the test wires the same way on a channel of its own.
 */
async function busOf(
  running: RunningApp,
  channel: string,
): Promise<{ bus: PostgresAgentEvents; own: boolean }> {
  const { notifier, store } = running.app.handoff;
  const sink = notifier['agentSink'];
  if (sink instanceof PostgresAgentEvents) return { bus: sink, own: false };
  const bus = await shareAgentEventsThroughPostgres(running.app.storage.pool!, {
    local: sink as AgentSockets,
    store,
    logger: running.app.logger,
    channel,
  });
  notifier.setAgentSink(bus);
  return { bus, own: true };
}

/** A signed-in agent's console socket, recording every event it receives. */
async function openConsole(
  baseUrl: string,
  token: string,
): Promise<{ events: ConsoleEvent[]; ws: WebSocket }> {
  const events: ConsoleEvent[] = [];
  // The session travels in the cookie, as the console's does; never in the URL.
  const ws = new WebSocket(`${baseUrl.replace('http', 'ws')}/agent/ws`, {
    headers: { Cookie: `kx_agent=${encodeURIComponent(token)}` },
  });
  let hello = false;
  ws.on('message', (data) => {
    const ev = JSON.parse(String(data)) as { type: string };
    if (ev.type === 'hello') hello = true;
    else events.push(ev as ConsoleEvent);
  });
  await until(() => hello);
  return { events, ws };
}

async function api(
  baseUrl: string,
  path: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: opts.body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describePostgres()('agent console events across two app instances on one PostgreSQL database', () => {
  let a: RunningApp;
  let b: RunningApp;
  let busA: PostgresAgentEvents;
  let busB: PostgresAgentEvents;
  const ownBuses: PostgresAgentEvents[] = [];
  const logA: string[] = [];
  // Monday noon in London: inside support hours.
  const now = () => new Date('2026-11-23T12:00:00Z');
  const run = randomBytes(4).toString('hex');
  const agentName = `pgev${run}`;
  const agentId = agentName.toLowerCase();
  let tokenA = '';
  let tokenB = '';
  let consoleA: { events: ConsoleEvent[]; ws: WebSocket };
  let barriers = 0;

  const pool = testPool();
  let schema = '';

  beforeAll(async () => {
    // The apps' tables go to a schema of this run (search_path), away from other suites' queues.
    schema = await freshSchema(pool);
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { STORAGE_URL: url.toString(), AGENTS: `${agentName}:${SECRET}` };
    a = await startApp(env, { now, logger: createLogger('info', { write: (line) => logA.push(line) }) });
    b = await startApp(env, { now });
    const [wiredA, wiredB] = [
      await busOf(a, agentEventsChannelFor(schema)),
      await busOf(b, agentEventsChannelFor(schema)),
    ];
    [busA, busB] = [wiredA.bus, wiredB.bus];
    ownBuses.push(...[wiredA, wiredB].filter((x) => x.own).map((x) => x.bus));
    const login = (base: string) =>
      api(base, '/agent/api/login', { body: { name: agentName, secret: SECRET } });
    tokenA = String((await login(a.baseUrl)).json.token);
    tokenB = String((await login(b.baseUrl)).json.token);
    consoleA = await openConsole(a.baseUrl, tokenA);
  }, 30_000);
  afterAll(async () => {
    consoleA?.ws.close();
    for (const bus of ownBuses) await bus.close();
    await a?.stop();
    await b?.stop();
    if (schema) await dropSchema(pool, schema);
    await pool.end();
  });

  /** Events on A's console about `ticketId`, by type. */
  const onA = (ticketId: string, type: HubEvent['type']) =>
    consoleA.events.filter((e) => e.type === type && 'ticketId' in e && e.ticketId === ticketId);
  const lines = (ticketId: string, match: (text: string, from: string) => boolean) =>
    onA(ticketId, 'message').filter((e) => e.type === 'message' && match(e.message.text, e.message.from));

  /**
   * Waits until everything A and B published so far has reached A's console: NOTIFYs arrive in
   * commit order, so once a marker B publishes after them is on A, every earlier one is too.
   */
  const settle = async () => {
    await busA.idle();
    await busB.idle();
    barriers += 1;
    const marker = `barrier-${run}-${barriers}`;
    busB.broadcast({ type: 'typing', ticketId: marker, forAgentId: agentId });
    await until(() => onA(marker, 'typing').length > 0);
  };

  /** A pending ticket opened through B's service, as the relay opens one. */
  const openOnB = async (tag: string) => {
    const conversationId = `pgev-${run}-${tag}`;
    const { ticket } = await b.app.handoff.service.open({
      conversationKey: `webchat:${conversationId}`,
      personKey: `webchat:u-${run}-${tag}`,
      customerRef: {
        channelId: 'webchat',
        serviceUrl: 'urn:selfhosted:directline',
        conversation: { id: conversationId },
      },
      channelId: 'webchat',
      category: 'security',
      reason: 'account-compromise',
      summary: `Account security (${tag} ${run})`,
      fields: { whatHappened: 'payout details changed', contact: { method: 'chat', value: 'this chat' } },
    });
    return ticket.ticketId;
  };

  const noteOnB = async (ticketId: string, text: string) => {
    const r = await api(b.baseUrl, `/agent/api/tickets/${ticketId}/notes`, { token: tokenB, body: { text } });
    expect(r.status).toBe(200);
  };

  it('when a customer on B is walked to a ticket, then the console on A sees the new ticket once', async () => {
    const queueEventsBefore = consoleA.events.filter((e) => e.type === 'queue').length;
    const { ticketId } = await DirectLineTestClient.openSecurityTicket(b.baseUrl);
    await settle();

    expect(
      lines(ticketId, (text, from) => from === 'system' && text.startsWith('Ticket opened')),
    ).toHaveLength(1);
    expect(consoleA.events.filter((e) => e.type === 'queue').length).toBeGreaterThan(queueEventsBefore);
    const queue = await api(a.baseUrl, '/agent/api/queue', { token: tokenA });
    expect(JSON.stringify(queue.json.pending)).toContain(ticketId);
  }, 60_000);

  it('when the agent on A holds a widget ticket and the customer writes through B, then A sees the message and the typing once', async () => {
    const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(b.baseUrl);
    const claim = await api(a.baseUrl, `/agent/api/tickets/${ticketId}/claim`, { token: tokenA, body: {} });
    expect(claim.status).toBe(200);
    await customer.waitFor(/joined/);

    const text = `Still locked out (${run})`;
    await customer.say(text);
    const ticket = await until(async () => {
      const t = await b.app.handoff.store.get(ticketId);
      return t?.status === 'assigned' && t;
    });
    expect(b.app.handoff.service.customerTyping(ticket)).toBe(true);
    await until(() => lines(ticketId, (t) => t === text).length > 0);
    await settle();

    expect(lines(ticketId, (t, from) => t === text && from === 'customer')).toHaveLength(1);
    expect(onA(ticketId, 'typing')).toEqual([{ type: 'typing', ticketId, forAgentId: agentId }]);
    // A's own claim reached A's console once: locally, not again through the database.
    expect(onA(ticketId, 'ticket')).toEqual([{ type: 'ticket', ticketId, status: 'assigned', agentId }]);
  }, 60_000);

  it('when an agent adds a note through B, then the console on A sees it once', async () => {
    const ticketId = await openOnB('note');
    const text = `Checked the payout log (${run})`;
    await noteOnB(ticketId, text);
    await settle();
    expect(lines(ticketId, (t, from) => t === text && from === 'note')).toHaveLength(1);
  });

  it('when a note is too large for a NOTIFY payload, then it travels as a reference and A still shows it whole', async () => {
    const ticketId = await openOnB('large');
    const text = `${'€'.repeat(3000)} ${run}`; // 9000+ bytes in UTF-8
    const heard: string[] = [];
    const listener = new Client({ connectionString: TEST_DATABASE_URL });
    listener.on('error', () => undefined);
    await listener.connect();
    try {
      listener.on('notification', (n) => {
        if (n.channel === busA.channel && n.payload?.includes(ticketId)) heard.push(n.payload);
      });
      await listener.query(`LISTEN "${busA.channel}"`);
      await noteOnB(ticketId, text);
      await settle();
      expect(lines(ticketId, (t, from) => t === text && from === 'note')).toHaveLength(1);
      const refs = await until(() => {
        const found = heard.map(decodeEnvelope).filter((e) => e && 'ref' in e);
        return found.length > 0 && found;
      });
      expect(refs).toEqual([
        { from: busB.instanceId, ref: { kind: 'message', ticketId, seq: expect.any(Number) } },
      ]);
      expect(heard.every((p) => !p.includes('€'))).toBe(true);
    } finally {
      await listener.end();
    }
  });

  it("when A's listening connection is terminated, then A logs it, tells its consoles to reload, and later events still arrive", async () => {
    const listeners = async () =>
      (
        await pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [
          busA.applicationName,
        ])
      ).rows.map((r) => r.pid);
    const before = await listeners();
    expect(before).toHaveLength(1);
    const resyncs = () => consoleA.events.filter((e) => e.type === 'resync').length;
    const resyncsBefore = resyncs();
    await pool.query('SELECT pg_terminate_backend($1)', [before[0]]);

    await until(() => logA.some((l) => l.includes('agent event listener lost its PostgreSQL connection')));
    await until(() => resyncs() > resyncsBefore);
    const after = await listeners();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);

    const ticketId = await openOnB('after-reconnect');
    const text = `After the reconnect (${run})`;
    await noteOnB(ticketId, text);
    await settle();
    expect(lines(ticketId, (t, from) => t === text && from === 'note')).toHaveLength(1);
    expect(resyncs()).toBe(resyncsBefore + 1);
  });
});

describe('agent event envelopes', () => {
  const message = (text: string): HubEvent => ({
    type: 'message',
    ticketId: 'T-ABC123',
    message: { ticketId: 'T-ABC123', seq: 7, at: '2026-11-23T12:00:00.000Z', from: 'customer', text },
  });

  it('when an event fits, then it travels whole and reads back the same', () => {
    const payload = encodeEnvelope('instance-1', message('hello'));
    expect(decodeEnvelope(payload)).toEqual({ from: 'instance-1', event: message('hello') });
  });

  it('when a message is over the limit in bytes (not characters), then a reference to its line travels instead', () => {
    const text = 'é'.repeat(4500); // 4,500 characters, 9,000 bytes
    const payload = encodeEnvelope('instance-1', message(text));
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(NOTIFY_MAX_BYTES);
    expect(decodeEnvelope(payload)).toEqual({
      from: 'instance-1',
      ref: { kind: 'message', ticketId: 'T-ABC123', seq: 7 },
    });
  });

  it('when another kind of event is over the limit, then the receivers are told to reload', () => {
    const event: HubEvent = { type: 'typing', ticketId: 'T-ABC123', forAgentId: 'a'.repeat(200) };
    expect(decodeEnvelope(encodeEnvelope('instance-1', event, 100))).toEqual({
      from: 'instance-1',
      ref: { kind: 'resync' },
    });
  });

  it('when a payload is not an envelope, then it is refused', () => {
    expect(decodeEnvelope('not json')).toBeUndefined();
    expect(decodeEnvelope(JSON.stringify({ from: 'x', event: { type: 'explode' } }))).toBeUndefined();
    expect(decodeEnvelope(JSON.stringify({ event: { type: 'queue' } }))).toBeUndefined();
  });

  it('when a schema name is long, then the channel name still fits in an identifier', () => {
    expect(agentEventsChannelFor()).toBe('kx_agent_events');
    expect(agentEventsChannelFor('test_abc')).toBe('kx_agent_events_test_abc');
    expect(agentEventsChannelFor('s'.repeat(80)).length).toBeLessThanOrEqual(63);
  });
});
