/**
 * The real bot, two app instances on one PostgreSQL schema, one widget conversation: messages
 * posted through both at once are answered once each, one turn after the other in the order the
 * conversation stored them, and neither instance logs an error (no state conflict).
 */
import { randomBytes } from 'node:crypto';
import { createLogger } from '../../adapters/logger';
import { startApp, type RunningApp } from '../support/appHarness';
import { describePostgres, dropSchema, freshSchema, testPool, urlWithSearchPath } from '../support/postgres';

const SECRET = `dl-secret-${randomBytes(8).toString('hex')}`;

interface Activity {
  id: string;
  type: string;
  text?: string;
  replyToId?: string;
  from: { role?: string };
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
async function until<T>(check: () => Promise<T | false | undefined>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const QUESTIONS = [
  'how long do refunds take?',
  'which payment methods can I use?',
  'how do I change my delivery address?',
  'how do I cancel an order?',
  'when are seller payouts made?',
  'what does each order status mean?',
  'how do I track my parcel?',
  'how do returns work?',
  'how long does delivery take?',
  'how do I change my account settings?',
];

describePostgres()('the real bot on two app instances, one PostgreSQL schema, one conversation', () => {
  const admin = testPool();
  let schema = '';
  const apps: RunningApp[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    schema = await freshSchema(admin);
    const logger = createLogger('error', { write: (line) => errors.push(line) });
    const env = { STORAGE_URL: urlWithSearchPath(schema), DIRECTLINE_SECRET: SECRET };
    apps.push(await startApp(env, { logger }));
    apps.push(await startApp(env, { logger }));
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    await dropSchema(admin, schema);
    await admin.end();
  });

  it('when ten questions are posted through both instances at once, then each is answered once, in stored order, and nothing is logged as an error', async () => {
    const [a, b] = apps;
    const started = await dl(`${a.baseUrl}/v3/directline/conversations`, {});
    expect(started.status).toBe(201);
    const path = `/v3/directline/conversations/${String(started.json.conversationId)}/activities`;
    const posts = await Promise.all(
      QUESTIONS.map((text, i) =>
        dl(`${(i % 2 === 0 ? a : b).baseUrl}${path}`, { type: 'message', text, from: { id: 'customer' } }),
      ),
    );
    expect(posts.map((p) => p.status)).toEqual(Array(QUESTIONS.length).fill(200));
    // Turns run in order: once this last one is answered, every earlier turn has run, and a
    // second run of any of them would have come before it.
    const barrier = await dl(`${b.baseUrl}${path}`, {
      type: 'message',
      text: 'thank you',
      from: { id: 'customer' },
    });
    const all = await until(async () => {
      const seen = (await dl(`${a.baseUrl}${path}?watermark=`)).json.activities as Activity[];
      return seen.some((x) => x.replyToId === barrier.json.id) && seen;
    });

    const asked = all.filter((x) => x.type === 'message' && x.from.role !== 'bot').map((x) => x.id);
    const replies = all.filter((x) => x.type === 'message' && x.from.role === 'bot' && x.replyToId);
    expect(asked.filter((id) => !replies.some((r) => r.replyToId === id))).toEqual([]);
    for (const id of asked) {
      const texts = replies.filter((r) => r.replyToId === id).map((r) => r.text);
      expect(texts).toEqual([...new Set(texts)]);
    }
    const order = replies.map((r) => asked.indexOf(r.replyToId!));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(errors).toEqual([]);
  }, 90_000);
});
