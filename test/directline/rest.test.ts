import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import WebSocket from 'ws';
import { TYPING_TURN_INTERVAL_MS } from '../../adapters/directline/service';
import {
  call,
  echoLogic,
  manualClock,
  SECRET,
  startConversation,
  startServer,
  waitFor,
  type TestServer,
} from './support';

const DL = '/v3/directline';
type ActivitySet = {
  activities: {
    id: string;
    type: string;
    text?: string;
    timestamp: string;
    from: { id: string; role: string };
  }[];
  watermark: string;
};

/** Opens a stream socket; resolves with 101 when it opens, else the refused upgrade's status. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

async function activities(base: string, c: { conversationId: string; token: string }, watermark = '') {
  const r = await call(`${base}${DL}/conversations/${c.conversationId}/activities?watermark=${watermark}`, {
    bearer: c.token,
  });
  return { status: r.status, set: r.json as unknown as ActivitySet };
}

const post = (base: string, c: { conversationId: string; token: string }, body: unknown) =>
  call(`${base}${DL}/conversations/${c.conversationId}/activities`, { bearer: c.token, body });

describe('Direct Line REST (directline.md §3–§5)', () => {
  let srv: TestServer;
  let clock: ReturnType<typeof manualClock>;
  beforeEach(async () => {
    clock = manualClock();
    srv = await startServer({ now: clock.now });
  });
  afterEach(() => srv.close());

  test('start: 201 with a streamUrl; starting again answers 200 and does not greet twice', async () => {
    const c = await startConversation(srv.url);
    expect(c.status).toBe(201);
    expect(c.streamUrl).toMatch(
      /^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/[\w-]+\/stream\?watermark=&t=/,
    );
    await waitFor(async () => (await activities(srv.url, c)).set.activities.length === 1);
    const again = await call(`${srv.url}${DL}/conversations`, { bearer: c.token, body: {} });
    expect(again.status).toBe(200);
    const reconnect = await call(`${srv.url}${DL}/conversations/${c.conversationId}?watermark=1`, {
      bearer: c.token,
    });
    expect(reconnect.status).toBe(200);
    expect(String(reconnect.json.streamUrl)).toContain('watermark=1&t=');
    const { set } = await activities(srv.url, c);
    expect(set.activities.map((a) => a.text)).toEqual(['Welcome to the echo bot']);
    expect(set.activities[0].from.role).toBe('bot');
  });

  test('post: answered with the id, echoed with clientActivityID, then the reply; watermark resumes after it', async () => {
    const c = await startConversation(srv.url);
    const posted = await post(srv.url, c, {
      type: 'message',
      text: 'hello',
      channelData: { clientActivityID: 'abc-1' },
    });
    expect(posted.status).toBe(200);
    expect(posted.json.id).toBe(`${c.conversationId}|0000002`);
    const all = await waitFor(async () => {
      const { set } = await activities(srv.url, c);
      return set.activities.length === 3 && set;
    });
    expect(all.activities.map((a) => a.text)).toEqual(['Welcome to the echo bot', 'hello', 'echo: hello']);
    expect(all.watermark).toBe('3');
    const echo = all.activities[1] as ActivitySet['activities'][0] & {
      channelData: { clientActivityID: string };
    };
    expect(echo.from.role).toBe('user');
    expect(echo.channelData.clientActivityID).toBe('abc-1');
    const stamps = all.activities.map((a) => a.timestamp);
    expect([...stamps].sort()).toEqual(stamps);
    const after = await activities(srv.url, c, '2');
    expect(after.set.activities.map((a) => a.text)).toEqual(['echo: hello']);
    const none = await activities(srv.url, c, '3');
    expect(none.set).toEqual({ activities: [], watermark: '3' });
  });

  test('the user id comes from the token (a dl_ id), whatever the body says', async () => {
    const c = await startConversation(srv.url);
    await post(srv.url, c, { type: 'message', text: 'x', from: { id: 'someone-else', role: 'bot' } });
    const { set } = await activities(srv.url, c, '1');
    expect(set.activities[0].from).toMatchObject({ role: 'user' });
    expect(set.activities[0].from.id).toMatch(/^dl_/);
  });

  test('refresh: same conversation, new token; once expired, refresh and every route answer 403 TokenExpired', async () => {
    const c = await startConversation(srv.url);
    const refreshed = await call(`${srv.url}${DL}/tokens/refresh`, { method: 'POST', bearer: c.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json).toMatchObject({ conversationId: c.conversationId, expires_in: 1800 });
    clock.advance(31 * 60 * 1000);
    const late = await call(`${srv.url}${DL}/tokens/refresh`, { method: 'POST', bearer: c.token });
    expect(late.status).toBe(403);
    expect(late.json).toEqual({ error: { code: 'TokenExpired', message: expect.any(String) } });
    expect((await activities(srv.url, c)).status).toBe(403);
    expect((await post(srv.url, c, { type: 'message', text: 'hi' })).status).toBe(403);
  });

  test('unknown (not started) conversation: 404 on reconnect, GET and POST', async () => {
    const issued = await call(`${srv.url}/api/webchat/token`, { method: 'POST' });
    const c = { conversationId: String(issued.json.conversationId), token: String(issued.json.token) };
    expect(
      (await call(`${srv.url}${DL}/conversations/${c.conversationId}?watermark=`, { bearer: c.token }))
        .status,
    ).toBe(404);
    expect((await activities(srv.url, c)).status).toBe(404);
    expect((await post(srv.url, c, { type: 'message', text: 'hi' })).status).toBe(404);
  });

  test("cross-conversation: A's token can neither read, post to, reconnect to nor stream B (403)", async () => {
    const a = await startConversation(srv.url);
    const b = await startConversation(srv.url);
    const aOnB = { conversationId: b.conversationId, token: a.token };
    expect((await activities(srv.url, aOnB)).status).toBe(403);
    expect((await post(srv.url, aOnB, { type: 'message', text: 'sneaky' })).status).toBe(403);
    expect(
      (await call(`${srv.url}${DL}/conversations/${b.conversationId}?watermark=`, { bearer: a.token }))
        .status,
    ).toBe(403);
    const aStreamT = new URL(a.streamUrl).searchParams.get('t') ?? '';
    const bStream = b.streamUrl.replace(/t=.*/, '');
    expect(await upgradeStatus(`${bStream}t=${aStreamT}`)).toBe(403);
    expect(await upgradeStatus(`${bStream}t=${a.token}`)).toBe(403);
    expect(await upgradeStatus(b.streamUrl)).toBe(101);
    const { set } = await activities(srv.url, b);
    expect(set.activities.map((x) => x.text)).not.toContain('sneaky');
  });

  test('a stream token is refused on REST routes, and a conversation token as `t`', async () => {
    const c = await startConversation(srv.url);
    const t = new URL(c.streamUrl).searchParams.get('t') ?? '';
    expect((await activities(srv.url, { ...c, token: t })).status).toBe(403);
    expect((await call(`${srv.url}${DL}/conversations`, { bearer: 'not-a-token', body: {} })).status).toBe(
      403,
    );
    expect((await call(`${srv.url}${DL}/conversations`, { body: {} })).status).toBe(401);
  });

  test('bad bodies: not JSON 400, no type 400, text not a string 400 naming the field, 1 MB 413', async () => {
    const c = await startConversation(srv.url);
    const url = `${srv.url}${DL}/conversations/${c.conversationId}/activities`;
    const notJson = await call(url, { bearer: c.token, rawBody: '{not json' });
    expect(notJson.status).toBe(400);
    const noType = await post(srv.url, c, { text: 'hi' });
    expect(noType.status).toBe(400);
    expect(noType.json).toEqual({
      error: { code: 'BadArgument', message: expect.stringMatching(/^type: /) },
    });
    const badText = await post(srv.url, c, { type: 'message', text: 42 });
    expect(badText.status).toBe(400);
    expect((badText.json.error as { message: string }).message).toMatch(/^text: /);
    const huge = await post(srv.url, c, { type: 'message', text: 'x'.repeat(1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.json).toMatchObject({ error: { code: 'MessageSizeTooBig' } });
  });

  test('tokens/generate needs the secret; a secret client may start and use any conversation', async () => {
    const asToken = await startConversation(srv.url);
    expect(
      (await call(`${srv.url}${DL}/tokens/generate`, { method: 'POST', bearer: asToken.token })).status,
    ).toBe(403);
    const gen = await call(`${srv.url}${DL}/tokens/generate`, { method: 'POST', bearer: SECRET });
    expect(gen.status).toBe(200);
    expect(gen.json).toMatchObject({
      conversationId: expect.any(String),
      token: expect.any(String),
      expires_in: 1800,
    });
    const started = await call(`${srv.url}${DL}/conversations`, {
      bearer: SECRET,
      body: { user: { id: 'dl_backend' } },
    });
    expect(started.status).toBe(201);
    const read = await activities(srv.url, {
      conversationId: String(started.json.conversationId),
      token: SECRET,
    });
    expect(read.status).toBe(200);
  });

  test('CORS: an allowed origin gets 204 on OPTIONS; another origin gets 403', async () => {
    await srv.close();
    srv = await startServer({ now: clock.now, allowedOrigins: ['https://www.kingston.example'] });
    const ok = await fetch(`${srv.url}${DL}/conversations`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.kingston.example' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://www.kingston.example');
    expect(ok.headers.get('access-control-allow-headers')).toContain('Authorization');
    const bad = await call(`${srv.url}/api/webchat/token`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(bad.status).toBe(403);
    const c = await startConversation(srv.url);
    expect(await upgradeStatus(c.streamUrl, { origin: 'https://evil.example' })).toBe(403);
  });
});

describe('Direct Line SQLite log', () => {
  test('history, and the started state, survive re-creating the service on the same database', async () => {
    const db = new Database(':memory:');
    const key = crypto.randomBytes(32);
    const first = await startServer({ db, signingKey: key });
    const c = await startConversation(first.url);
    await post(first.url, c, { type: 'message', text: 'remember me' });
    await waitFor(async () => (await activities(first.url, c)).set.activities.length === 3);
    await first.close();

    const second = await startServer({ db, signingKey: key });
    try {
      const { status, set } = await activities(second.url, c);
      expect(status).toBe(200);
      expect(set.activities.map((a) => a.text)).toEqual([
        'Welcome to the echo bot',
        'remember me',
        'echo: remember me',
      ]);
      const restart = await call(`${second.url}${DL}/conversations`, { bearer: c.token, body: {} });
      expect(restart.status).toBe(200);
      const posted = await post(second.url, c, { type: 'message', text: 'again' });
      expect(posted.json.id).toBe(`${c.conversationId}|0000004`);
    } finally {
      await second.close();
      db.close();
    }
  });
});

describe('Direct Line turns', () => {
  test('the POST is answered before the turn runs, turns run one at a time, channelData.agent names the sender, handoff.status from the hub never reaches the client', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let active = 0;
    let maxActive = 0;
    const srv = await startServer({
      logic: async (context) => {
        if (context.activity.type !== 'message') return;
        active++;
        maxActive = Math.max(maxActive, active);
        await gate;
        await context.sendActivity({
          type: 'event',
          name: 'handoff.status',
          value: { state: 'accepted' },
        });
        await context.sendActivity({
          type: 'event',
          name: 'support.queue',
          value: { status: 'queued', position: 1 },
        });
        await context.sendActivity({
          type: 'message',
          text: `agent: ${context.activity.text}`,
          channelData: { agent: { id: 'agent-1', name: 'Priya' } },
        });
        active--;
      },
    });
    try {
      const c = await startConversation(srv.url);
      const first = await post(srv.url, c, { type: 'message', text: 'one' });
      const second = await post(srv.url, c, { type: 'message', text: 'two' });
      // Both answered while the first turn is still blocked on the gate.
      expect([first.status, second.status]).toEqual([200, 200]);
      release();
      const set = await waitFor(async () => {
        const r = (await activities(srv.url, c)).set;
        return r.activities.filter((a) => a.text?.startsWith('agent:')).length === 2 && r;
      });
      expect(maxActive).toBe(1);
      const all = set.activities as (ActivitySet['activities'][0] & {
        name?: string;
        from: { name?: string };
      })[];
      expect(all.filter((a) => a.type === 'event').map((a) => a.name)).toEqual([
        'support.queue',
        'support.queue',
      ]);
      expect(all.find((a) => a.text === 'agent: one')?.from).toMatchObject({
        id: 'agent-1',
        name: 'Priya',
        role: 'bot',
      });
    } finally {
      await srv.close();
    }
  });

  test('typing from the user is pushed to sockets, not stored; runs a turn at most once per 3 s', async () => {
    const seen: string[] = [];
    const clock = manualClock();
    const srv = await startServer({
      now: clock.now,
      logic: async (context) => void seen.push(context.activity.type),
    });
    try {
      const c = await startConversation(srv.url);
      const ws = new WebSocket(c.streamUrl);
      const frames: string[] = [];
      ws.on('message', (data) => frames.push(String(data)));
      await new Promise((resolve) => ws.on('open', resolve));
      const typed = await post(srv.url, c, { type: 'typing' });
      expect(typed.status).toBe(200);
      await waitFor(() => frames.some((f) => f.includes('"typing"')));
      await waitFor(() => seen.includes('typing'));
      clock.advance(TYPING_TURN_INTERVAL_MS - 1);
      await post(srv.url, c, { type: 'typing' }); // within the window: pushed, no turn
      await waitFor(() => frames.filter((f) => f.includes('"typing"')).length === 2);
      clock.advance(1);
      await post(srv.url, c, { type: 'typing' }); // the window has passed: a turn again
      await post(srv.url, c, { type: 'message', text: 'hi' });
      await waitFor(() => seen.includes('message'));
      ws.close();
      expect(JSON.parse(frames.find((f) => f.includes('"typing"')) ?? '{}')).not.toHaveProperty('watermark');
      expect((await activities(srv.url, c)).set.activities.map((a) => a.type)).not.toContain('typing');
      // Turns run in order per conversation, so both typing turns came before the message's.
      expect(seen).toEqual(['conversationUpdate', 'typing', 'typing', 'message']);
    } finally {
      await srv.close();
    }
  });

  test('typing turns are throttled per conversation, not across conversations', async () => {
    const seen: string[] = [];
    const srv = await startServer({
      now: manualClock().now,
      logic: async (context) => {
        if (context.activity.type === 'typing') seen.push(context.activity.conversation.id);
        else await echoLogic(context);
      },
    });
    try {
      const a = await startConversation(srv.url);
      const b = await startConversation(srv.url);
      await post(srv.url, a, { type: 'typing' });
      await post(srv.url, a, { type: 'typing' });
      await post(srv.url, b, { type: 'typing' });
      await post(srv.url, a, { type: 'message', text: 'a done' });
      await post(srv.url, b, { type: 'message', text: 'b done' });
      await waitFor(async () =>
        (await activities(srv.url, b)).set.activities.some((x) => x.text === 'echo: b done'),
      );
      await waitFor(async () =>
        (await activities(srv.url, a)).set.activities.some((x) => x.text === 'echo: a done'),
      );
      expect(seen.sort()).toEqual([a.conversationId, b.conversationId].sort());
    } finally {
      await srv.close();
    }
  });
});

describe('Direct Line stream (directline.md §6)', () => {
  test('fans out to every socket of the conversation up to the cap, and sends "" as keep-alive', async () => {
    const srv = await startServer({ limits: { maxSocketsPerConversation: 2, keepAliveMs: 50 } });
    try {
      const c = await startConversation(srv.url);
      const open = () =>
        new Promise<{ ws: WebSocket; frames: string[] }>((resolve) => {
          const ws = new WebSocket(c.streamUrl);
          const frames: string[] = [];
          ws.on('message', (d) => frames.push(String(d)));
          ws.on('open', () => resolve({ ws, frames }));
        });
      const tabs = [await open(), await open()];
      expect(await upgradeStatus(c.streamUrl)).toBe(429);
      await post(srv.url, c, { type: 'message', text: 'both tabs' });
      for (const tab of tabs) await waitFor(() => tab.frames.some((f) => f.includes('echo: both tabs')));
      await waitFor(() => tabs[0].frames.includes(''));
      expect(tabs[0].ws.readyState).toBe(WebSocket.OPEN);
      tabs.forEach((t) => t.ws.close());
    } finally {
      await srv.close();
    }
  });
});
