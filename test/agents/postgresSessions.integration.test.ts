/**
 * Two agent hubs (two instances) with their own pools on one fresh PostgreSQL schema: the
 * sign-in limiter counts attempts made on either, and a sign-out on one is refused by the other.
 */
import type { Pool } from 'pg';
import { PostgresSessionRevocations } from '../../adapters/agents/revocations';
import { postgresLimiterStore, type LimiterStore } from '../../adapters/http/rateLimits';
import { describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';
import { startHub } from './harness';

type Hub = Awaited<ReturnType<typeof startHub>>;

describePostgres()('agent sessions and sign-in limit on two instances sharing PostgreSQL', () => {
  let pools: Pool[];
  let schema: string;
  let stores: LimiterStore[];
  let hubs: Hub[];

  beforeEach(async () => {
    pools = [testPool(), testPool()];
    schema = await freshSchema(pools[0]);
    stores = await Promise.all(pools.map((pool) => postgresLimiterStore(pool, { schema })));
    hubs = await Promise.all(
      pools.map(async (pool, i) => {
        const revocations = new PostgresSessionRevocations(pool, { schema });
        await revocations.init();
        return startHub(undefined, { limiterStore: stores[i], revocations, loginAttemptsPerMinute: 4 });
      }),
    );
  });
  afterEach(async () => {
    for (const h of hubs ?? []) await h.close();
    for (const s of stores ?? []) s.close();
    await dropSchema(pools[0], schema);
    for (const p of pools) await p.end();
  });

  it('when an address tries to sign in on both instances in turn, then one count covers both', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await hubs[i % 2].call('/agent/api/login', { body: { name: 'alice', secret: 'nope' } })).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('when an agent signs out on one instance, then the other refuses the token', async () => {
    const token = await hubs[0].login('alice', 'alice-secret');
    expect((await hubs[1].call('/agent/api/me', { token })).status).toBe(200);
    expect((await hubs[0].call('/agent/api/logout', { token, body: {} })).status).toBe(200);
    expect((await hubs[1].call('/agent/api/me', { token })).status).toBe(401);
  });
});
