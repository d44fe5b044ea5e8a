/** Where each turn's decision record goes besides the log line: the decision store (and the metrics). */
import type { Logger } from '../../adapters/logger';
import type { DecisionStore } from '../../adapters/storage/decisions';
import type { TurnSink } from '../decisionLog';

/**
 * Stores the record for the lead's dashboard without holding the turn up; a failed write is
 * logged (the dashboard then misses one turn), never shown to the customer.
 */
export function storeDecisions(store: DecisionStore, logger: Logger): TurnSink {
  return (record) => {
    store
      .record(record)
      .catch((err: Error) =>
        logger.warn('decision record not stored', { err, conversation: record.conversationId }),
      );
  };
}
