import { PostgresTicketStore } from '../../adapters/tickets/postgresTicketStore';
import { describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';
import { ticketStoreContract } from './contract';

describePostgres()('PostgreSQL ticket store', () => {
  ticketStoreContract('PostgreSQL', () => {
    const pool = testPool();
    let schema = '';
    return {
      make: async () => {
        schema = await freshSchema(pool);
        const store = new PostgresTicketStore(pool, { schema });
        await store.init();
        return store;
      },
      reopen: async () => {
        const store = new PostgresTicketStore(pool, { schema });
        await store.init();
        return store;
      },
      cleanup: async () => {
        await dropSchema(pool, schema);
        await pool.end();
      },
    };
  });

  describe('databases made before message attachments', () => {
    const pool = testPool();
    let schema = '';
    afterAll(async () => {
      if (schema) await dropSchema(pool, schema);
      await pool.end();
    });

    it('when init runs on an old schema, then the column is added and old lines read back with no attachments', async () => {
      schema = await freshSchema(pool);
      await pool.query(`
        CREATE TABLE "${schema}".ticket_messages (
          ticket_id TEXT NOT NULL, seq INTEGER NOT NULL, at TIMESTAMPTZ NOT NULL, author TEXT NOT NULL,
          text TEXT NOT NULL, agent_id TEXT, PRIMARY KEY (ticket_id, seq));
        INSERT INTO "${schema}".ticket_messages VALUES ('T-OLD', 0, '2026-01-02T03:04:05Z', 'customer', 'before', NULL);`);
      const store = new PostgresTicketStore(pool, { schema });
      await store.init();
      await store.init(); // a second instance starting: IF NOT EXISTS
      const cols = await pool.query(
        `SELECT data_type FROM information_schema.columns
         WHERE table_schema = $1 AND table_name = 'ticket_messages' AND column_name = 'attachments'`,
        [schema],
      );
      expect(cols.rows).toEqual([{ data_type: 'jsonb' }]);
      expect(await store.listMessages('T-OLD')).toEqual([
        { ticketId: 'T-OLD', seq: 0, at: '2026-01-02T03:04:05.000Z', from: 'customer', text: 'before' },
      ]);
    });
  });
});
