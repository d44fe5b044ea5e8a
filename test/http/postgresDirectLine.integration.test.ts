/**
 * The whole app, two instances on one PostgreSQL database: a widget conversation started on one
 * instance continues through the other (the Direct Line log and its stream fan-out are shared),
 * and an agent signed in on one instance counts on the other (shared presence).
 */
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { silentLogger } from '../../adapters/logger';
import { PostgresPresence } from '../../adapters/agents/postgresPresence';
import { AgentPresence, PRESENCE_WINDOW_MS } from '../../handoff/presence';
import { describePostgres, dropSchema, freshSchema, testPool, TEST_DATABASE_URL } from '../support/postgres';
import { startApp, type RunningApp } from '../support/appHarness';
import { MESSAGES } from '../../dialogs/messages';

const DL = '/v3/directline';
const SECRET = `dl-secret-${randomBytes(8).toString('hex')}`;

interface Activity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
}

async function dl(url: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

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

describePostgres()('two app instances on one PostgreSQL database: Direct Line and agent presence', () => {
  let a: RunningApp;
  let b: RunningApp;
  const now = () => new Date('2026-11-23T12:00:00Z');
  // A name of this run only: the app tests share the database's default schema.
  const agent = `pg-agent-${randomBytes(4).toString('hex')}`;
  beforeAll(async () => {
    const env = {
      STORAGE_URL: TEST_DATABASE_URL,
      DIRECTLINE_SECRET: SECRET,
      AGENTS: `${agent}:agent-secret-1`,
    };
    a = await startApp(env, { now });
    b = await startApp(env, { now });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('when a widget conversation started on A is continued through B, then the reply reaches the socket on A and B serves the same history', async () => {
    const started = await dl(`${a.baseUrl}${DL}/conversations`, {});
    expect(started.status).toBe(201);
    const conversationId = String(started.json.conversationId);
    const received: Activity[] = [];
    const ws = new WebSocket(String(started.json.streamUrl));
    ws.on('message', (data) => {
      const text = data.toString();
      if (text) received.push(...(JSON.parse(text) as { activities: Activity[] }).activities);
    });
    try {
      await new Promise<void>((resolve, reject) => ws.once('open', resolve).once('error', reject));
      await until(() => received.some((x) => x.text === MESSAGES.welcome));

      const posted = await dl(`${b.baseUrl}${DL}/conversations/${conversationId}/activities`, {
        type: 'message',
        text: 'How long do refunds take?',
        from: { id: 'ignored' },
      });
      expect(posted.status).toBe(200);
      const reply = await until(() => {
        const mine = received.findIndex((x) => x.id === posted.json.id);
        return (
          mine >= 0 && received.slice(mine + 1).find((x) => x.type === 'message' && x.from.role === 'bot')
        );
      });
      expect(reply.text).toMatch(/refund/i);

      // Everything the socket on A got, B's REST log has, with the same ids, in the same order.
      const welcomeSeq = received.findIndex((x) => x.text === MESSAGES.welcome) + 1;
      const seenOnA = received.slice(welcomeSeq).map((x) => x.id); // more replies may still come
      const fromB = await dl(
        `${b.baseUrl}${DL}/conversations/${conversationId}/activities?watermark=${welcomeSeq}`,
      );
      const ids = (fromB.json.activities as Activity[]).map((x) => x.id);
      expect(ids.slice(0, seenOnA.length)).toEqual(seenOnA);
      expect(ids).toContain(posted.json.id);
      expect(ids).toContain(reply.id);
      expect(Number(fromB.json.watermark)).toBe(welcomeSeq + ids.length);
      // Once the bot is done, the socket on A and B's log agree on the whole conversation.
      await until(async () => {
        const all = await dl(`${b.baseUrl}${DL}/conversations/${conversationId}/activities`);
        const logIds = (all.json.activities as Activity[]).map((x) => x.id);
        return logIds.length === received.length && logIds.every((id, i) => id === received[i].id);
      });
    } finally {
      ws.close();
    }
  });

  it('when an agent signs in on A, then B counts them online; when they sign out on A, B stops counting them', async () => {
    const countOnB = async () => {
      await b.app.handoff.presence.sync();
      return b.app.handoff.presence.count(now());
    };
    const before = await countOnB();
    const login = await fetch(`${a.baseUrl}/agent/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: agent, secret: 'agent-secret-1' }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    await a.app.handoff.presence.sync();
    expect(await countOnB()).toBe(before + 1);

    const logout = await fetch(`${a.baseUrl}/agent/api/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(logout.status).toBe(200);
    await a.app.handoff.presence.sync();
    expect(await countOnB()).toBe(before);
  });
});

describePostgres()('PostgresPresence: presence shared through one table', () => {
  const pool = testPool();
  let schema = '';
  let t = new Date('2026-11-23T12:00:00Z').getTime();
  const now = () => new Date(t);
  const mirrors: PostgresPresence[] = [];
  const instance = async (refreshMs = 60_000) => {
    const presence = new AgentPresence();
    const mirror = new PostgresPresence(pool, { schema, logger: silentLogger, now, refreshMs });
    await mirror.init();
    await mirror.start(presence);
    mirrors.push(mirror);
    return { presence, mirror };
  };
  beforeEach(async () => {
    schema = await freshSchema(pool);
    t = new Date('2026-11-23T12:00:00Z').getTime();
  });
  afterEach(async () => {
    for (const m of mirrors.splice(0)) await m.stop();
    await dropSchema(pool, schema);
  });
  afterAll(() => pool.end());

  it('when an agent is seen on one instance, then the other counts them until the window passes', async () => {
    const a = await instance();
    const b = await instance();
    a.presence.seen('alice', now());
    await a.presence.sync();
    await b.presence.sync();
    expect(b.presence.count(now())).toBe(1);
    t += PRESENCE_WINDOW_MS + 1000;
    await b.presence.sync();
    expect(b.presence.count(now())).toBe(0);
  });

  it('when an agent keeps a console socket open on one instance, then the other counts them past the window', async () => {
    const a = await instance();
    const b = await instance();
    a.presence.socketOpened('bob');
    for (let i = 0; i < 3; i += 1) {
      t += PRESENCE_WINDOW_MS;
      await a.presence.sync(); // the heartbeat re-stamps open consoles
      await b.presence.sync();
      expect(b.presence.count(now())).toBe(1);
    }
    a.presence.socketClosed('bob', now());
    t += PRESENCE_WINDOW_MS + 1000;
    await a.presence.sync();
    await b.presence.sync();
    expect(b.presence.count(now())).toBe(0);
  });

  it('when the same agent is active on both instances, then they count once, and a sign-out removes them everywhere', async () => {
    const a = await instance();
    const b = await instance();
    a.presence.seen('carol', now());
    b.presence.seen('carol', now());
    b.presence.seen('dan', now());
    await a.presence.sync();
    await b.presence.sync();
    await a.presence.sync();
    expect(a.presence.count(now())).toBe(2);
    expect(b.presence.count(now())).toBe(2);
    b.presence.signedOut('dan');
    a.presence.signedOut('carol');
    // Each writes its sign-out, then each reads the other's.
    await a.presence.sync();
    await b.presence.sync();
    await a.presence.sync();
    expect(a.presence.count(now())).toBe(0);
    // Carol was active on B too: B's own memory of her gives way to the table once B has synced.
    expect(b.presence.count(now())).toBe(0);
    const { rows } = await pool.query(`SELECT agent_id FROM "${schema}".agent_presence`);
    expect(rows).toEqual([]);
  });

  it('when an agent is active on B again after signing out on A, then they count again', async () => {
    const a = await instance();
    const b = await instance();
    a.presence.seen('fay', now());
    await a.presence.sync();
    a.presence.signedOut('fay');
    await a.presence.sync();
    b.presence.seen('fay', now());
    await b.presence.sync();
    await a.presence.sync();
    expect(a.presence.count(now())).toBe(1);
    expect(b.presence.count(now())).toBe(1);
  });

  it('when nobody calls sync, then the periodic refresh still brings the other instance up to date', async () => {
    const a = await instance(20);
    const b = await instance(20);
    a.presence.seen('erin', now());
    await until(() => b.presence.count(now()) === 1);
  });
});
