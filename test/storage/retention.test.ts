import { purgeAnalytics } from '../../adapters/storage/analyticsRetention';
import { SqliteDecisionStore } from '../../adapters/storage/decisions';
import { SqliteFeedbackStore } from '../../adapters/storage/feedback';
import { openSqlite } from '../../adapters/storage/sqlite';
import { SqliteUnansweredStore } from '../../adapters/storage/unanswered';
import { SqliteTicketRetention } from '../../adapters/tickets/ticketRetention';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import { retentionContract } from './retentionContract';

retentionContract('SQLite', async () => {
  const db = openSqlite(':memory:');
  return {
    tickets: new SqliteTicketStore(db),
    retention: new SqliteTicketRetention(db),
    decisions: new SqliteDecisionStore(db),
    feedback: new SqliteFeedbackStore(db),
    unanswered: new SqliteUnansweredStore(db),
    purgeAnalytics: (cutoff) => purgeAnalytics({ db }, cutoff),
    dispose: async () => void db.close(),
  };
});
