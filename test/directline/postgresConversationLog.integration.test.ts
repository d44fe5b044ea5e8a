import type { Client } from 'pg';
import { PostgresConversationLog } from '../../adapters/directline/postgresConversationLog';
import { notifyChannelFor } from '../../adapters/directline/pgNotifications';
import { describePostgres, dropSchema, freshSchema, pgStoreHarness, testPool } from '../support/postgres';
import { conversationLogContract } from './conversationLogContract';

const describePg = describePostgres();

conversationLogContract(
  'PostgresConversationLog',
  async () => {
    // A second pool: the peer appends on its own connections, as a second instance would.
    const { store, peer, dispose } = await pgStoreHarness(
      (pool, schema) => new PostgresConversationLog(pool, { schema }),
    );
    return { log: store, peer, dispose };
  },
  describePg,
);

describePg('PostgresConversationLog: PostgreSQL specifics', () => {
  const pool = testPool();
  let schema = '';
  beforeEach(async () => {
    schema = await freshSchema(pool);
  });
  afterEach(async () => dropSchema(pool, schema));
  afterAll(() => pool.end());

  it('when a stored body is not an activity, then reading names the table, conversation and seq', async () => {
    const log = new PostgresConversationLog(pool, { schema });
    await log.create({ id: 'c1', userId: 'u', createdAt: '2026-05-01T10:00:00.000Z', origin: 'widget' });
    await log.append('c1', { type: 'message', text: 'ok' }, new Date('2026-05-01T10:00:01.000Z'));
    await pool.query(`UPDATE "${schema}".dl_activities SET body = '{"text":"no type"}' WHERE seq = 1`);
    await expect(log.after('c1', 0, 10)).rejects.toThrow(/dl_activities c1#1 \(row 0\): .*/);
  });

  it('when the tables do not exist yet, then the first call creates them (no init needed), and init twice is harmless', async () => {
    const log = new PostgresConversationLog(pool, { schema });
    expect(await log.get('c1')).toBeUndefined();
    await log.init();
    await new PostgresConversationLog(pool, { schema }).init();
    const { rows } = await pool.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
      [schema],
    );
    expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual([
      'dl_activities',
      'dl_conversations',
    ]);
  });

  it('when the table is from before conversations recorded who started them, then init adds the column and old conversations count as a widget (fail closed)', async () => {
    await pool.query(
      `CREATE TABLE "${schema}".dl_conversations (
         id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at TEXT NOT NULL,
         last_seq INTEGER NOT NULL DEFAULT 0, last_ts TEXT);
       INSERT INTO "${schema}".dl_conversations (id, user_id, created_at)
         VALUES ('old', 'dl_old', '2026-05-01T10:00:00.000Z');`,
    );
    const log = new PostgresConversationLog(pool, { schema });
    await log.init();
    // A second instance starting on the same schema adds nothing twice.
    await new PostgresConversationLog(pool, { schema }).init();
    expect(await log.get('old')).toEqual({
      id: 'old',
      userId: 'dl_old',
      createdAt: '2026-05-01T10:00:00.000Z',
      origin: 'widget',
    });
    await log.create({ id: 'cc', userId: 'u', createdAt: '2026-05-01T10:00:00.000Z', origin: 'backend' });
    expect((await log.get('cc'))?.origin).toBe('backend');
    // The database itself refuses anything but the two values.
    await expect(
      pool.query(`UPDATE "${schema}".dl_conversations SET origin = 'browser' WHERE id = 'cc'`),
    ).rejects.toThrow(/check constraint/);
  });

  it('when a channel is set, then each committed append notifies {conversationId, seq}; a failed one does not', async () => {
    const channel = notifyChannelFor(schema);
    const log = new PostgresConversationLog(pool, { schema, notifyChannel: channel });
    await log.create({ id: 'c1', userId: 'u', createdAt: '2026-05-01T10:00:00.000Z', origin: 'widget' });
    const listener: Client = await pool.connect();
    const heard: unknown[] = [];
    listener.on('notification', (n) =>
      heard.push({ channel: n.channel, payload: JSON.parse(n.payload ?? '') }),
    );
    try {
      await listener.query(`LISTEN "${channel}"`);
      await log.append('c1', { type: 'message', text: 'a' }, new Date('2026-05-01T10:00:01.000Z'));
      await log.append('c1', { type: 'message', text: 'b' }, new Date('2026-05-01T10:00:02.000Z'));
      await expect(log.append('missing', { type: 'message' }, new Date())).rejects.toThrow(/unknown/);
      // A round trip on the listening connection delivers anything already sent to it.
      await listener.query('SELECT 1');
      expect(heard).toEqual([
        { channel, payload: { conversationId: 'c1', seq: 1 } },
        { channel, payload: { conversationId: 'c1', seq: 2 } },
      ]);
    } finally {
      await listener.query(`UNLISTEN "${channel}"`);
      (listener as unknown as { release(): void }).release();
    }
  });
});
