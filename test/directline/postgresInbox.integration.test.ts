import { PostgresConversationLog } from '../../adapters/directline/postgresConversationLog';
import { PostgresTurnInbox } from '../../adapters/directline/postgresInbox';
import { describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';
import { turnInboxContract } from './inboxContract';

const describePg = describePostgres();

/** An inbox and its log on `pool`, as one instance opens them. */
function open(pool: ReturnType<typeof testPool>, schema: string) {
  const log = new PostgresConversationLog(pool, { schema });
  return { log, inbox: new PostgresTurnInbox(pool, log, { schema }) };
}

turnInboxContract(
  'PostgresTurnInbox',
  async () => {
    const pool = testPool();
    const schema = await freshSchema(pool);
    const pools = [pool];
    const { log, inbox } = open(pool, schema);
    await inbox.init();
    return {
      inbox,
      log,
      // Its own pool: a second instance's connections.
      peer: async () => {
        const other = testPool();
        pools.push(other);
        return open(other, schema).inbox;
      },
      dispose: async () => {
        await dropSchema(pool, schema);
        for (const p of pools) await p.end();
      },
    };
  },
  describePg,
);

describePg('PostgresTurnInbox: PostgreSQL specifics', () => {
  const pool = testPool();
  let schema = '';
  beforeEach(async () => {
    schema = await freshSchema(pool);
  });
  afterEach(async () => dropSchema(pool, schema));
  afterAll(() => pool.end());

  it('when an instance starts, then it releases no claim: another live instance may hold it, its lease decides', async () => {
    const { log, inbox } = open(pool, schema);
    await log.create({ id: 'c1', userId: 'u1', createdAt: '2026-05-01T10:00:00.000Z', origin: 'widget' });
    await inbox.accept('c1', { type: 'message', text: 'x' }, new Date('2026-05-01T10:00:01.000Z'));
    await inbox.claim('c1', 'live-instance', 60_000);
    expect(await open(pool, schema).inbox.releaseAbandoned()).toBe(0);
    expect(await inbox.claim('c1', 'starting-instance', 60_000)).toBeUndefined();
  });

  it('when the inbox row cannot be written, then the message is not stored either (one transaction)', async () => {
    const { log, inbox } = open(pool, schema);
    await inbox.init();
    await log.create({ id: 'c1', userId: 'u1', createdAt: '2026-05-01T10:00:00.000Z', origin: 'widget' });
    await pool.query(`ALTER TABLE "${schema}".dl_inbox ADD CONSTRAINT no_rows CHECK (false) NOT VALID`);
    await expect(
      inbox.accept('c1', { type: 'message', text: 'x' }, new Date('2026-05-01T10:00:01.000Z')),
    ).rejects.toThrow(/no_rows/);
    expect(await log.after('c1', 0, 10)).toEqual([]);
  });
});
