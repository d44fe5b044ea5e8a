/**
 * What observing one turn costs, in this process: the decision log's line (pino, masked, written
 * synchronously to /dev/null), the decision record stored in SQLite (a file, WAL, batched as the
 * server stores it) and the metrics fed from it. Timed over many turns with realistic fields, so the
 * per-turn cost is not lost in the noise of a loaded server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createLogger } from '../../adapters/logger';
import { createMetrics } from '../../adapters/metrics/registry';
import { SqliteDecisionStore } from '../../adapters/storage/decisions';
import { openSqlite } from '../../adapters/storage/sqlite';
import type { DecisionRecord } from '../../knowledge/insights/decisionRecord';
import { storeDecisions } from '../../bot/wiring/turnSinks';

const TURNS = 20_000;

export interface ObservationCost {
  turns: number;
  /** Microseconds of CPU per turn, each part and all together. */
  logUs: number;
  storeUs: number;
  metricsUs: number;
  totalUs: number;
}

const recordFor = (i: number): DecisionRecord => ({
  at: new Date(Date.UTC(2026, 10, 23, 10, 0, i % 60)).toISOString(),
  conversationId: `bench-conversation-${i % 200}`,
  channel: 'webchat',
  outcome: i % 3 === 0 ? 'escalate' : 'answer',
  category: i % 3 === 0 ? 'dispute-chargeback' : null,
  topic: i % 3 === 0 ? null : 'refund-processing-times',
  reason: i % 3 === 0 ? 'dispute-chargeback-signal' : 'help-center-answer',
  confidence: 0.87,
  caseId: i % 2 ? 'KX-200481' : null,
  due: null,
  ticketId: null,
  ticketOpened: false,
  latencyMs: 2.4,
});

async function cpuUs(run: () => void | Promise<void>): Promise<number> {
  const before = process.cpuUsage();
  await run();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / TURNS;
}

/** Times each part over {@link TURNS} turns (after a warm-up of the same size). */
export async function measureObservation(): Promise<ObservationCost> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-bench-observe-'));
  const db = openSqlite(path.join(dir, 'support.db'));
  const store = new SqliteDecisionStore(db);
  const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: true }));
  const metrics = createMetrics();
  const records = Array.from({ length: TURNS }, (_, i) => recordFor(i));
  const log = (r: DecisionRecord) =>
    logger.info('turn', {
      conversation: r.conversationId,
      channel: r.channel,
      outcome: r.outcome,
      category: r.category,
      topic: r.topic,
      confidence: r.confidence,
      reason: r.reason,
      evidence: { intent: 'answer:refund-processing-times', score: 0.87, detail: 'answer 0.87' },
      ticket: r.ticketId,
      ms: r.latencyMs,
    });
  // As the server stores them: buffered, a batch (one SQLite transaction) every 100 records; the
  // batch write is synchronous on SQLite under its promise, so the CPU it takes is timed here.
  const writer = storeDecisions(store, logger, { flushMs: 3_600_000 });
  const store1 = writer.sink;
  try {
    for (const part of [log, store1, metrics.observeTurn]) for (const r of records) part(r);
    await writer.flush();
    const logUs = await cpuUs(() => records.forEach(log));
    // The batches are written in microtasks after the pushes: the flush waits for all of them.
    const storeUs = await cpuUs(async () => {
      records.forEach(store1);
      await writer.flush();
    });
    const metricsUs = await cpuUs(() => records.forEach(metrics.observeTurn));
    await new Promise((resolve) => setImmediate(resolve));
    return { turns: TURNS, logUs, storeUs, metricsUs, totalUs: logUs + storeUs + metricsUs };
  } finally {
    await writer.close();
    metrics.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
