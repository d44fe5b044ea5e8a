/**
 * Quotas shared by every instance (issue 11, item 3): two Direct Line servers, each with its own
 * pool and its own limiter store, on one fresh PostgreSQL schema. A client that spreads its
 * requests over both instances gets no more than the one quota.
 */
import crypto from 'node:crypto';
import type { Pool } from 'pg';
import { postgresLimiterStore, type LimiterStore } from '../../adapters/http/rateLimits';
import { describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';
import { startServer, type TestServer } from './support';
import { postActivity, startWidgetConversation, uploadFiles, pdfOf, widgetToken } from './widgetClient';

describePostgres()('Direct Line quotas on two instances sharing PostgreSQL', () => {
  let pools: Pool[];
  let schema: string;
  let stores: LimiterStore[];
  let a: TestServer;
  let b: TestServer;

  beforeEach(async () => {
    pools = [testPool(), testPool()];
    schema = await freshSchema(pools[0]);
    stores = await Promise.all(pools.map((pool) => postgresLimiterStore(pool, { schema })));
    const quotas = {
      conversationsPerAddressPerMinute: 6,
      messagesPerConversationPerMinute: 10,
      messagesPerAddressPerMinute: 1000,
      uploadBytesPerConversationPerDay: 1024 * 1024,
      uploadBytesPerAddressPerDay: 1024 * 1024 * 1024,
    };
    // One signing key, as instances behind one address have: a token from one works on the other.
    const signingKey = crypto.randomBytes(32);
    [a, b] = await Promise.all(
      [0, 1].map((i) =>
        startServer({ pg: { pool: pools[i], schema }, limiterStore: stores[i], quotas, signingKey }),
      ),
    );
  });
  afterEach(async () => {
    await a?.close();
    await b?.close();
    for (const s of stores ?? []) s.close();
    await dropSchema(pools[0], schema);
    for (const p of pools) await p.end();
  });

  it('when one conversation posts 20 messages alternately through both instances, then 10 are accepted in all', async () => {
    const c = await startWidgetConversation(a.url);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push(
        (await postActivity(i % 2 ? b.url : a.url, c, { type: 'message', text: `m${i}` })).status,
      );
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual(Array(10).fill(429));
  });

  it('when both instances post at once, then the shared counter still admits exactly the quota', async () => {
    const c = await startWidgetConversation(a.url);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        postActivity(i % 2 ? b.url : a.url, c, { type: 'message', text: `m${i}` }),
      ),
    );
    expect(answers.filter((x) => x.status === 200)).toHaveLength(10);
    const refused = answers.filter((x) => x.status === 429);
    expect(refused).toHaveLength(20);
    expect(refused.every((x) => Number(x.retryAfter) >= 1)).toBe(true);
  });

  it('when an address asks each instance for widget tokens, then they count against one per-address quota', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await widgetToken(i % 2 ? b.url : a.url)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });

  it('when a conversation uploads through both instances, then one byte budget covers both', async () => {
    const c = await startWidgetConversation(a.url);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (
          await uploadFiles(i % 2 ? b.url : a.url, c, [
            { bytes: pdfOf(300 * 1024), name: 'a.pdf', type: 'application/pdf' },
          ])
        ).status,
      );
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
