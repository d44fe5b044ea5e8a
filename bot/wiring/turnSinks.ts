/** Where each turn's decision record goes besides the log line: the decision store, in batches. */
import type { Logger } from '../../adapters/logger';
import type { DecisionStore } from '../../adapters/storage/decisions';
import type { DecisionRecord } from '../../knowledge/insights/decisionRecord';
import type { TurnSink } from '../decisionLog';

/** A batch is written when it holds this many records, or after FLUSH_MS, whichever comes first. */
export const MAX_BATCH = 100;
export const FLUSH_MS = 1000;

export interface DecisionWriter {
  sink: TurnSink;
  /** Writes what is buffered now; resolves when it is stored (or failed and was logged). */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left (app close). */
  close(): Promise<void>;
}

/**
 * Buffers the records and stores them a batch at a time (one transaction, or one statement on
 * PostgreSQL), so a turn pays for an array push, not a commit. A crash loses at most the last
 * second of dashboard records, never anything a customer or agent sees. A failed batch is logged
 * and dropped: the dashboard then misses those turns.
 */
export function storeDecisions(
  store: DecisionStore,
  logger: Logger,
  options: { maxBatch?: number; flushMs?: number } = {},
): DecisionWriter {
  const maxBatch = options.maxBatch ?? MAX_BATCH;
  let buffer: DecisionRecord[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (buffer.length === 0) return writing;
    const batch = buffer;
    buffer = [];
    // One batch at a time, in order.
    writing = writing.then(() =>
      store
        .recordMany(batch)
        .catch((err: Error) => logger.warn('decision records not stored', { err, records: batch.length })),
    );
    return writing;
  };
  const timer = setInterval(() => void flush(), options.flushMs ?? FLUSH_MS);
  timer.unref();
  return {
    sink: (record) => {
      buffer.push(record);
      if (buffer.length >= maxBatch) void flush();
    },
    flush,
    close: async () => {
      clearInterval(timer);
      await flush();
    },
  };
}
