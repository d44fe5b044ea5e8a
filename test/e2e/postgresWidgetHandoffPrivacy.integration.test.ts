import { describePostgres, dropSchema, freshSchema, testPool, urlWithSearchPath } from '../support/postgres';
import { widgetHandoffPrivacySuite } from './widgetHandoffPrivacy';

const pool = testPool();
let schema = '';
afterAll(async () => {
  if (schema) await dropSchema(pool, schema);
  await pool.end();
});

widgetHandoffPrivacySuite(
  'the app on PostgreSQL',
  async () => {
    schema = await freshSchema(pool);
    return { STORAGE_URL: urlWithSearchPath(schema) };
  },
  describePostgres(),
);
