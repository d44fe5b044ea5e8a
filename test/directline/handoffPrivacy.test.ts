import { openSqlite } from '../../adapters/storage/sqlite';
import { handoffPrivacySuite } from './handoffPrivacy';
import { startServer } from './support';

handoffPrivacySuite('in memory', async (logic) => {
  const server = await startServer({ logic });
  return { server, dispose: () => server.close() };
});

handoffPrivacySuite('SQLite', async (logic) => {
  const db = openSqlite(':memory:');
  const server = await startServer({ logic, db });
  return {
    server,
    dispose: async () => {
      await server.close();
      db.close();
    },
  };
});
