import { PostgresStorage } from '../../adapters/storage/postgresStorage';
import { describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';
import { storageContract, transactionalStoreContract, type StoreFactory } from './storageContract';

const describePg = describePostgres();

const pgFactory: StoreFactory = async () => {
  const pool = testPool();
  const schema = await freshSchema(pool);
  const storage = new PostgresStorage(pool, { schema });
  await storage.init();
  return {
    storage,
    dispose: async () => {
      await dropSchema(pool, schema);
      await pool.end();
    },
  };
};

storageContract('PostgresStorage', pgFactory, describePg);
// 16 racers on a 10-connection pool: the statement, not the pool, must decide the winner.
transactionalStoreContract('PostgresStorage', pgFactory, describePg, 16);

describePg('PostgresStorage: PostgreSQL specifics', () => {
  it('when the eTag is stored, then the jsonb row does not contain it', async () => {
    const pool = testPool();
    const schema = await freshSchema(pool);
    try {
      const storage = new PostgresStorage(pool, { schema });
      await storage.init();
      await storage.init(); // idempotent
      await storage.write({ k: { v: 1, eTag: '*' } });
      const { rows } = await pool.query(`SELECT data FROM "${schema}".bot_state WHERE key = 'k'`);
      expect(rows[0].data).toEqual({ v: 1 });
    } finally {
      await dropSchema(pool, schema);
      await pool.end();
    }
  });

  it('when purging with a cutoff, then only state last written before it is deleted', async () => {
    const pool = testPool();
    const schema = await freshSchema(pool);
    try {
      let now = new Date('2026-11-01T10:00:00.000Z');
      const storage = new PostgresStorage(pool, { schema, now: () => now });
      await storage.init();
      await storage.write({ old: { v: 1 }, touched: { v: 1 } });
      now = new Date('2026-11-20T10:00:00.000Z');
      await storage.write({ touched: { v: 2 }, recent: { v: 1 } });
      expect(await storage.purgeOlderThan(new Date('2026-11-10T00:00:00.000Z'))).toBe(1);
      expect(Object.keys(await storage.read(['old', 'touched', 'recent'])).sort()).toEqual([
        'recent',
        'touched',
      ]);
    } finally {
      await dropSchema(pool, schema);
      await pool.end();
    }
  });

  it('when two stores on separate pools race with the same eTag, then exactly one wins', async () => {
    const setup = testPool();
    const schema = await freshSchema(setup);
    const pools = [testPool(), testPool()];
    try {
      const stores = pools.map((p) => new PostgresStorage(p, { schema }));
      await Promise.all(stores.map((s) => s.init()));
      await stores[0].write({ k: { by: 'seed' } });
      const { eTag } = (await stores[1].read(['k'])).k;
      const results = await Promise.allSettled(
        stores.flatMap((s, i) => [0, 1, 2].map((j) => s.write({ k: { by: `${i}-${j}`, eTag } }))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await dropSchema(setup, schema);
      await setup.end();
    }
  });
});
