/**
 * Direct Line on several instances sharing one PostgreSQL database: a stream open on one instance
 * gets, in seq order and once each, what any instance stores (LISTEN/NOTIFY + catch-up from the
 * log). Real servers, real sockets, the real log.
 */
import crypto from 'node:crypto';
import WebSocket from 'ws';
import type { Pool } from 'pg';
import { createLogger } from '../../adapters/logger';
import { notifyChannelFor } from '../../adapters/directline/pgNotifications';
import { describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';
import { call, SECRET, startServer, waitFor, type TestServer } from './support';

const DL = '/v3/directline';

interface StreamActivity {
  id: string;
  type: string;
  text?: string;
  from: { role?: string };
}

/** A stream socket that keeps every activity it receives, in order. */
class StreamReader {
  readonly activities: StreamActivity[] = [];
  readonly opened: Promise<void>;
  private readonly ws: WebSocket;

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.on('error', () => undefined);
    this.ws.on('message', (data) => {
      const text = data.toString();
      if (text) this.activities.push(...(JSON.parse(text) as { activities: StreamActivity[] }).activities);
    });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade ${res.statusCode}`)));
    });
  }

  /** The seq of each stored activity received (the id's 7-digit suffix), in arrival order. */
  seqs(): number[] {
    return this.activities.map((a) => Number(/\|(\d{7})$/.exec(a.id)?.[1] ?? NaN));
  }

  texts(): string[] {
    return this.activities.map((a) => a.text ?? '');
  }

  close(): void {
    this.ws.close();
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Starts a conversation with the secret on `base`; the greeting is seq 1. */
async function start(base: string) {
  const r = await call(`${base}${DL}/conversations`, { bearer: SECRET, body: {} });
  expect(r.status).toBe(201);
  return { conversationId: String(r.json.conversationId), streamUrl: String(r.json.streamUrl) };
}

/** A stream URL on `base` for a conversation started elsewhere (reconnect with the secret). */
async function streamOn(base: string, conversationId: string, watermark = '') {
  const r = await call(`${base}${DL}/conversations/${conversationId}?watermark=${watermark}`, {
    bearer: SECRET,
  });
  expect(r.status).toBe(200);
  return String(r.json.streamUrl);
}

const post = (base: string, conversationId: string, text: string) =>
  call(`${base}${DL}/conversations/${conversationId}/activities`, {
    bearer: SECRET,
    body: { type: 'message', text, from: { id: 'ignored' } },
  });

async function history(base: string, conversationId: string, watermark = '') {
  const r = await call(`${base}${DL}/conversations/${conversationId}/activities?watermark=${watermark}`, {
    bearer: SECRET,
  });
  expect(r.status).toBe(200);
  return r.json as { activities: StreamActivity[]; watermark: string };
}

/** The test's listening connections: the schema's channel is unique to this run. */
async function listeners(pool: Pool, channel: string): Promise<number[]> {
  const { rows } = await pool.query(
    `SELECT pid FROM pg_stat_activity WHERE application_name = 'kx-directline-listener' AND query = $1`,
    [`LISTEN "${channel}"`],
  );
  return rows.map((r: { pid: number }) => r.pid);
}

describePostgres()('Direct Line across instances on one PostgreSQL database', () => {
  const pool = testPool();
  let schema = '';
  let a: TestServer;
  let b: TestServer;
  const logLines: string[] = [];
  const readers: StreamReader[] = [];
  const open = (url: string) => {
    const r = new StreamReader(url);
    readers.push(r);
    return r;
  };

  beforeEach(async () => {
    schema = await freshSchema(pool);
    logLines.length = 0;
    const logger = createLogger('info', { write: (line: string) => logLines.push(line) });
    // Each instance has its own pool, as two processes would, and the same token signing key.
    const pools = [testPool(), testPool()];
    const signingKey = crypto.randomBytes(32);
    const servers = await Promise.all(
      pools.map((p) => startServer({ pg: { pool: p, schema }, logger, signingKey })),
    );
    const closeWith = (s: TestServer, p: Pool): TestServer => ({
      ...s,
      close: async () => {
        await s.close();
        await p.end();
      },
    });
    a = closeWith(servers[0], pools[0]);
    b = closeWith(servers[1], pools[1]);
    await waitFor(async () => (await listeners(pool, notifyChannelFor(schema))).length === 2);
  });

  afterEach(async () => {
    for (const r of readers.splice(0)) r.close();
    await a.close();
    await b.close();
    await dropSchema(pool, schema);
  });
  afterAll(() => pool.end());

  it('when a message is posted through B, then the socket open on A gets it and the reply; B serves the same history', async () => {
    const c = await start(a.url);
    const onA = open(c.streamUrl);
    await onA.opened;
    await waitFor(() => onA.activities.length === 1);

    const posted = await post(b.url, c.conversationId, 'hello from B');
    expect(posted.status).toBe(200);
    await waitFor(() => onA.activities.length === 3);
    expect(onA.texts()).toEqual(['Welcome to the echo bot', 'hello from B', 'echo: hello from B']);
    expect(onA.seqs()).toEqual([1, 2, 3]);
    expect(onA.activities[1].id).toBe(posted.json.id);

    const fromB = await history(b.url, c.conversationId, '1');
    expect(fromB.watermark).toBe('3');
    expect(fromB.activities.map((x) => x.id)).toEqual(onA.activities.slice(1).map((x) => x.id));
  });

  it('when both instances take posts at once, then sockets on each get every activity once, in seq order', async () => {
    const c = await start(a.url);
    const onA = open(c.streamUrl);
    const onB = open(await streamOn(b.url, c.conversationId));
    await Promise.all([onA.opened, onB.opened]);
    const perInstance = 12;
    const results = await Promise.all(
      range(1, perInstance).flatMap((i) => [
        post(a.url, c.conversationId, `a${i}`),
        post(b.url, c.conversationId, `b${i}`),
      ]),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const last = 1 + 4 * perInstance; // greeting, then each post and its echo
    await waitFor(() => onA.activities.length >= last && onB.activities.length >= last);

    const log = await history(a.url, c.conversationId);
    expect(log.activities).toHaveLength(last);
    for (const reader of [onA, onB]) {
      expect(reader.seqs()).toEqual(range(1, last));
      expect(reader.activities.map((x) => x.id)).toEqual(log.activities.map((x) => x.id));
    }
    expect(new Set(onA.texts())).toEqual(
      new Set([
        'Welcome to the echo bot',
        ...range(1, perInstance).flatMap((i) => [`a${i}`, `b${i}`, `echo: a${i}`, `echo: b${i}`]),
      ]),
    );
  });

  it('when a socket joins on B with a watermark, then it replays from there and goes on live from A', async () => {
    const c = await start(a.url);
    await post(a.url, c.conversationId, 'first');
    await waitFor(async () => (await history(a.url, c.conversationId)).activities.length === 3);
    const onB = open(await streamOn(b.url, c.conversationId, '2'));
    await onB.opened;
    await post(a.url, c.conversationId, 'second');
    await waitFor(() => onB.activities.length === 3);
    expect(onB.seqs()).toEqual([3, 4, 5]);
    expect(onB.texts()).toEqual(['echo: first', 'second', 'echo: second']);
  });

  it('when the listening connections drop, then they are logged, come back, and the socket gets what was stored meanwhile', async () => {
    const c = await start(a.url);
    const onA = open(c.streamUrl);
    await onA.opened;
    await waitFor(() => onA.activities.length === 1);
    const channel = notifyChannelFor(schema);
    const before = await listeners(pool, channel);
    expect(before).toHaveLength(2);
    await pool.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before]);

    await post(b.url, c.conversationId, 'while nobody listens');
    await waitFor(() => onA.activities.length === 3);
    expect(onA.seqs()).toEqual([1, 2, 3]);
    expect(onA.texts()[2]).toBe('echo: while nobody listens');
    const after = await waitFor(async () => {
      const pids = await listeners(pool, channel);
      return pids.length === 2 && pids;
    });
    expect(after.filter((pid) => before.includes(pid))).toEqual([]);
    expect(
      logLines.filter((l) => l.includes('lost its PostgreSQL connection')).length,
    ).toBeGreaterThanOrEqual(2);

    // And live notices work again.
    await post(b.url, c.conversationId, 'after the reconnect');
    await waitFor(() => onA.activities.length === 5);
    expect(onA.seqs()).toEqual([1, 2, 3, 4, 5]);
  });

  it('when the instances share the signing key, then a widget token from A works on B; an instance with another key refuses it', async () => {
    const issued = await call(`${a.url}/api/webchat/token`, { method: 'POST' });
    const token = String(issued.json.token);
    const conversationId = String(issued.json.conversationId);
    expect((await call(`${a.url}${DL}/conversations`, { bearer: token, body: {} })).status).toBe(201);
    const viaB = await call(`${b.url}${DL}/conversations/${conversationId}/activities`, {
      bearer: token,
      body: { type: 'message', text: 'token on B' },
    });
    expect(viaB.status).toBe(200);
    const other = testPool();
    const c = await startServer({ pg: { pool: other, schema } });
    try {
      const viaC = await call(`${c.url}${DL}/conversations/${conversationId}/activities?watermark=`, {
        bearer: token,
      });
      expect(viaC.status).toBe(403);
      // The secret still works there: the conversation itself is shared.
      expect((await history(c.url, conversationId)).activities.map((x) => x.text)).toContain('token on B');
    } finally {
      await c.close();
      await other.end();
    }
  });

  it('when the instances shut down, then their listening connections are closed', async () => {
    const channel = notifyChannelFor(schema);
    expect(await listeners(pool, channel)).toHaveLength(2);
    await a.close();
    await b.close();
    await waitFor(async () => (await listeners(pool, channel)).length === 0);
    a = { ...a, close: async () => undefined };
    b = { ...b, close: async () => undefined };
  });
});
