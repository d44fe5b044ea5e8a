import { purgeAnalytics } from '../../adapters/storage/analyticsRetention';
import { PostgresDecisionStore } from '../../adapters/storage/decisions';
import { PostgresFeedbackStore } from '../../adapters/storage/feedback';
import { PostgresUnansweredStore } from '../../adapters/storage/unanswered';
import { PostgresTicketRetention } from '../../adapters/tickets/ticketRetention';
import { PostgresTicketStore } from '../../adapters/tickets/postgresTicketStore';
import { describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';
import { retentionContract } from './retentionContract';

retentionContract(
  'PostgreSQL',
  async () => {
    const pool = testPool();
    const schema = await freshSchema(pool);
    const tickets = new PostgresTicketStore(pool, { schema });
    const decisions = new PostgresDecisionStore(pool, { schema });
    const feedback = new PostgresFeedbackStore(pool, { schema });
    const unanswered = new PostgresUnansweredStore(pool, { schema });
    for (const s of [tickets, decisions, feedback, unanswered]) await s.init();
    return {
      tickets,
      retention: new PostgresTicketRetention(pool, { schema }),
      decisions,
      feedback,
      unanswered,
      purgeAnalytics: (cutoff) => purgeAnalytics({ pool, schema }, cutoff),
      dispose: async () => {
        await dropSchema(pool, schema);
        await pool.end();
      },
    };
  },
  describePostgres(),
);
