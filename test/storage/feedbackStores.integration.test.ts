import { PostgresFeedbackStore } from '../../adapters/storage/feedback';
import { PostgresUnansweredStore } from '../../adapters/storage/unanswered';
import { createStorage } from '../../adapters/storage/createStorage';
import { silentLogger } from '../../adapters/logger';
import { describePostgres, dropSchema, freshSchema, testPool, TEST_DATABASE_URL } from '../support/postgres';
import { feedbackContract, unansweredContract } from './feedbackContract';

const describePg = describePostgres();

async function onFreshSchema<T extends { init(): Promise<void> }>(
  make: (pool: ReturnType<typeof testPool>, schema: string) => T,
) {
  const pool = testPool();
  const schema = await freshSchema(pool);
  const store = make(pool, schema);
  await store.init();
  return {
    store,
    dispose: async () => {
      await dropSchema(pool, schema);
      await pool.end();
    },
  };
}

feedbackContract(
  'PostgresFeedbackStore',
  () => onFreshSchema((p, schema) => new PostgresFeedbackStore(p, { schema })),
  describePg,
);
unansweredContract(
  'PostgresUnansweredStore',
  () => onFreshSchema((p, schema) => new PostgresUnansweredStore(p, { schema })),
  describePg,
);

describePg('PostgresUnansweredStore migration', () => {
  it('when the table was made before "handled" existed, then init adds the columns and keeps the rows', async () => {
    const pool = testPool();
    const schema = await freshSchema(pool);
    try {
      // The table exactly as the first version created it, with a row in it.
      await pool.query(
        `CREATE TABLE "${schema}".unanswered (
           id BIGSERIAL PRIMARY KEY, text TEXT NOT NULL, at TIMESTAMPTZ NOT NULL,
           top_candidates JSONB NOT NULL, conversation_id TEXT)`,
      );
      await pool.query(`INSERT INTO "${schema}".unanswered (text, at, top_candidates) VALUES ($1, $2, $3)`, [
        'old question',
        '2026-01-01T00:00:00Z',
        '[]',
      ]);
      const store = new PostgresUnansweredStore(pool, { schema });
      await store.init();
      await store.init(); // a second start changes nothing

      const [old] = await store.list(10, { unhandledOnly: true });
      expect(old).toMatchObject({ text: 'old question', handled: null });
      expect(await store.markHandled([old.id], 'answered', new Date('2026-01-02T00:00:00Z'))).toBe(1);
      expect(await store.list(10, { unhandledOnly: true })).toEqual([]);
    } finally {
      await dropSchema(pool, schema);
      await pool.end();
    }
  });
});

describePg('createStorage on PostgreSQL', () => {
  it('when the url is postgres://, then it creates the tables in the schema, pings and closes', async () => {
    const admin = testPool();
    const schema = await freshSchema(admin);
    try {
      const bundle = await createStorage(TEST_DATABASE_URL, { logger: silentLogger, schema });
      expect(bundle.kind).toBe('postgres');
      await bundle.ping();
      await bundle.storage.write({ k: { v: 1 } });
      expect((await bundle.storage.read(['k'])).k.v).toBe(1);
      await bundle.close();
      await bundle.close();
      const { rows } = await admin.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
        [schema],
      );
      expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual([
        'bot_state',
        'decisions',
        'feedback',
        'unanswered',
      ]);
    } finally {
      await dropSchema(admin, schema);
      await admin.end();
    }
  });
});
