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
});
