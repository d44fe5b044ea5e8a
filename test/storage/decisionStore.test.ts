import { SqliteDecisionStore } from '../../adapters/storage/decisions';
import { openSqlite } from '../../adapters/storage/sqlite';
import { decisionContract } from './decisionContract';

decisionContract('SqliteDecisionStore', async () => {
  const db = openSqlite(':memory:');
  return { store: new SqliteDecisionStore(db), dispose: async () => void db.close() };
});
