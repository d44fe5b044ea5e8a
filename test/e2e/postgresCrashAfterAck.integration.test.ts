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
    // Answered turns leave the inbox; only the last one may still be there (the test killed the
    // server right after seeing its answer, maybe before the row was removed).
    const { rows } = await pool.query(`SELECT body FROM "${schema}".dl_inbox`);
    const left = rows.map((r: { body: string }) => (JSON.parse(r.body) as { id: string }).id);
    expect(left.filter((id) => id !== posted.at(-1))).toEqual([]);
  }, 120_000);
});
