/** The retention pass: each kind of data is purged at its own cutoff, and one failing part does not stop the rest. */
import { silentLogger } from '../../adapters/logger';
import type { StorageBundle } from '../../adapters/storage/createStorage';
import { openSqlite } from '../../adapters/storage/sqlite';
import { SqliteDecisionStore } from '../../adapters/storage/decisions';
import { SqliteFeedbackStore } from '../../adapters/storage/feedback';
import { SqliteUnansweredStore } from '../../adapters/storage/unanswered';
import { purgeOnce } from '../../bot/wiring/retention';

const NOW = new Date('2026-11-23T00:00:00.000Z');
const daysBefore = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

describe('purgeOnce', () => {
  it('when the three retentions differ, then state, tickets and analytics are each purged at their own cutoff', async () => {
    const db = openSqlite(':memory:');
    const decisions = new SqliteDecisionStore(db);
    new SqliteFeedbackStore(db);
    new SqliteUnansweredStore(db);
    const cutoffs: Record<string, string> = {};
    await decisions.record({
      at: daysBefore(40),
      conversationId: 'c',
      channel: 'webchat',
      outcome: 'answer',
      category: null,
      topic: 'order-status',
      reason: 'help-center-answer',
      confidence: 0.9,
      caseId: null,
      due: null,
      ticketId: null,
      ticketOpened: false,
      latencyMs: 3,
    });
    const storage = {
      db,
      storage: { purgeOlderThan: async (d: Date) => ((cutoffs.state = d.toISOString()), 0) },
    } as unknown as Pick<StorageBundle, 'storage' | 'db' | 'pool'>;

    await purgeOnce({
      config: { stateRetentionDays: 90, ticketRetentionDays: 365, analyticsRetentionDays: 30 },
      storage,
      directLine: { purgeInactiveBefore: async () => Promise.reject(new Error('uploads folder unreadable')) },
      tickets: { purgeEndedBefore: async (d) => ((cutoffs.tickets = d.toISOString()), 0) },
      logger: silentLogger,
      now: () => NOW,
    });

    expect(cutoffs).toEqual({ state: daysBefore(90), tickets: daysBefore(365) });
    // The Direct Line purge failed, yet the analytics older than 30 days went.
    expect(await decisions.list({ since: new Date(0), until: NOW, limit: 10 })).toEqual([]);
    db.close();
  });
});
