/**
 * SIGKILL right after acknowledging messages, restart on the same PostgreSQL data (a fresh
 * schema, through the connection's search_path): every message acknowledged is answered
 * exactly once, in order (see crashAfterAck.ts). The turn the dead process was running is
 * taken over once its lease runs out, which the test shortens to 2 s.
 */
import { describePostgres, dropSchema, freshSchema, testPool, urlWithSearchPath } from '../support/postgres';
import { crashAfterAcknowledging, expectAnsweredOnceInOrder } from './crashAfterAck';

describePostgres()('a crash right after acknowledging messages (PostgreSQL)', () => {
  const pool = testPool();
  let schema = '';
  beforeAll(async () => {
    schema = await freshSchema(pool);
  });
  afterAll(async () => {
    await dropSchema(pool, schema);
    await pool.end();
  });

  it('when the server is killed with turns acknowledged but not answered, then after a restart each is answered once, in order', async () => {
    const { posted, replies, log } = await crashAfterAcknowledging({
      STORAGE_URL: urlWithSearchPath(schema),
      DIRECTLINE_TURN_LEASE_SECONDS: '2',
    });
    expectAnsweredOnceInOrder(posted, replies);
    expect(log).toMatch(/"msg":"directline turn replayed"/);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "${schema}".dl_inbox`);
    expect(rows[0].n).toBe(0);
  }, 120_000);
});
