import { openSqlite } from '../../adapters/storage/sqlite';
import { SqliteFeedbackStore } from '../../adapters/storage/feedback';
import { SqliteUnansweredStore } from '../../adapters/storage/unanswered';
import { feedbackContract, unansweredContract } from './feedbackContract';

feedbackContract('SqliteFeedbackStore', async () => {
  const db = openSqlite(':memory:');
  return { store: new SqliteFeedbackStore(db), dispose: async () => void db.close() };
});

unansweredContract('SqliteUnansweredStore', async () => {
  const db = openSqlite(':memory:');
  return { store: new SqliteUnansweredStore(db), dispose: async () => void db.close() };
});
