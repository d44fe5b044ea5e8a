/**
 * Two Direct Line instances on one PostgreSQL schema, one conversation, ten messages posted
 * through both at once: each turn runs on one instance only, one at a time, in the order the
 * messages were stored, and every message is answered once. The bot is scripted: it names the
 * message it answers, and its turns wait on a gate the test opens once all ten are acknowledged,
 * so two turns running at once would be seen, not raced past.
 */
import crypto from 'node:crypto';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Pool } from 'pg';
import { createLogger } from '../../adapters/logger';
import { describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';
import { call, SECRET, startServer, waitFor, type TestServer } from './support';

interface Activity {
  type: string;
  id: string;
  text?: string;
  replyToId?: string;
  from: { role?: string };
}

describePostgres()('two Direct Line instances on one PostgreSQL database, one conversation', () => {
  const admin = testPool();
  const pools: Pool[] = [];
  const servers: TestServer[] = [];
  let schema = '';
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    for (const p of pools.splice(0)) await p.end();
    await dropSchema(admin, schema);
  });
  afterAll(() => admin.end());

  it('when ten messages are posted through both at once, then each is answered once, in order, one turn at a time, with nothing logged as an error', async () => {
    schema = await freshSchema(admin);
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let running = 0;
    let mostAtOnce = 0;
    const started: string[] = [];
    const logic = async (context: TurnContext) => {
      const a = context.activity;
      if (a.type !== ActivityTypes.Message) return;
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      started.push(a.text ?? '');
      await gate;
      await context.sendActivity(`answer to ${a.text}`);
      running -= 1;
    };
    const logged: string[] = [];
    const logger = createLogger('error', { write: (line) => logged.push(line) });
    const signingKey = crypto.randomBytes(32);
    for (let i = 0; i < 2; i += 1) {
      const pool = testPool();
      pools.push(pool);
      servers.push(await startServer({ logic, logger, signingKey, pg: { pool, schema } }));
    }
    const [a, b] = servers;
    const started201 = await call(`${a.url}/v3/directline/conversations`, { bearer: SECRET, body: {} });
    const conversationId = String(started201.json.conversationId);
    const activities = `/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities`;

    const posts = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(`${(i % 2 === 0 ? a : b).url}${activities}`, {
          bearer: SECRET,
          body: { type: 'message', text: `m${i}`, from: { id: 'customer' } },
        }),
      ),
    );
    expect(posts.map((p) => p.status)).toEqual(Array(10).fill(200));
    await waitFor(() => started.length > 0);
    open();

    const read = async () => {
      const page = await call(`${b.url}${activities}?watermark=`, { bearer: SECRET });
      return page.json.activities as Activity[];
    };
    const all = await waitFor(async () => {
      const seen = await read();
      return seen.filter((x) => x.from.role === 'bot').length >= 10 && seen;
    });
    const messages = all.filter((x) => x.from.role !== 'bot');
    const answers = all.filter((x) => x.from.role === 'bot');
    // In the order the log stored the messages (which both instances agree on).
    expect(answers.map((x) => x.replyToId)).toEqual(messages.map((m) => m.id));
    expect(answers.map((x) => x.text)).toEqual(messages.map((m) => `answer to ${m.text}`));
    expect(started).toEqual(messages.map((m) => m.text));
    expect(mostAtOnce).toBe(1);
    // Nothing more comes: with both instances stopped and the inbox empty, no turn is left to run twice.
    for (const s of servers.splice(0)) await s.close();
    const inbox = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".dl_inbox`);
    expect(inbox.rows[0].n).toBe(0);
    const stored = await admin.query(
      `SELECT body FROM "${schema}".dl_activities WHERE conversation_id = $1`,
      [conversationId],
    );
    const bodies = stored.rows.map((r: { body: string }) => JSON.parse(r.body) as Activity);
    expect(bodies.filter((x) => x.from.role === 'bot')).toHaveLength(10);
    expect(logged).toEqual([]);
  }, 60_000);
});
