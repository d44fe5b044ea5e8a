import type { Pool } from 'pg';
import { describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';
import { handoffPrivacySuite } from './handoffPrivacy';
import { startServer } from './support';

handoffPrivacySuite(
  'PostgreSQL',
  async (logic) => {
    const pool: Pool = testPool();
    const schema = await freshSchema(pool);
    const server = await startServer({ logic, pg: { pool, schema } });
    return {
      server,
      dispose: async () => {
        await server.close();
        await dropSchema(pool, schema);
        await pool.end();
      },
    };
  },
  describePostgres(),
);
