/** One contract for the decision-record stores (SQLite and PostgreSQL): record, list a window, purge. */
import type { DecisionStore } from '../../adapters/storage/decisions';
import type { DecisionRecord } from '../../knowledge/insights/decisionRecord';

export const record = (at: string, over: Partial<DecisionRecord> = {}): DecisionRecord => ({
  at,
  conversationId: 'c1',
  channel: 'directline',
  outcome: 'answer',
  category: null,
  topic: 'refund-processing-times',
  reason: 'help-center-answer',
  confidence: 0.8,
  caseId: null,
  due: null,
  ticketId: null,
  ticketOpened: false,
  latencyMs: 12.5,
  ...over,
});

export function decisionContract(
  name: string,
  make: () => Promise<{ store: DecisionStore; dispose(): Promise<void> }>,
  describeIt: jest.Describe = describe,
): void {
  describeIt(`${name} (decision store contract)`, () => {
    let store: DecisionStore;
    let dispose: () => Promise<void>;
    beforeEach(async () => ({ store, dispose } = await make()));
    afterEach(async () => dispose());

    const window = {
      since: new Date('2026-11-01T00:00:00Z'),
      until: new Date('2026-11-30T00:00:00Z'),
      limit: 100,
    };

    it('when records are stored, then a window lists them oldest first with every field as stored', async () => {
      const wait = record('2026-11-10T09:00:00.000Z', {
        outcome: 'wait',
        caseId: 'KX-100234',
        due: '2026-11-14T17:00:00.000Z',
        channel: 'msteams',
      });
      const escalated = record('2026-11-05T09:00:00.000Z', {
        outcome: 'escalate',
        category: 'security',
        ticketId: 'T-1',
        ticketOpened: true,
      });
      await store.record(wait);
      await store.record(escalated);
      await store.record(record('2026-10-01T00:00:00.000Z'));
      expect(await store.list(window)).toEqual([escalated, wait]);
    });

    it('when a channel is given, then only that channel is listed', async () => {
      await store.record(record('2026-11-10T09:00:00.000Z', { channel: 'msteams' }));
      await store.record(record('2026-11-11T09:00:00.000Z'));
      const listed = await store.list({ ...window, channel: 'msteams' });
      expect(listed.map((r) => r.channel)).toEqual(['msteams']);
    });

    it('when a record is invalid, then it is refused naming the field and nothing is stored', async () => {
      await expect(store.record(record('2026-11-10T09:00:00.000Z', { confidence: 3 }))).rejects.toThrow(
        /decisions\.confidence/,
      );
      expect(await store.list(window)).toEqual([]);
    });

    it('when a batch holds one invalid record, then none of the batch is stored', async () => {
      const good = record('2026-11-10T09:00:00.000Z');
      await expect(
        store.recordMany([good, record('2026-11-11T09:00:00.000Z', { channel: '' })]),
      ).rejects.toThrow(/decisions\.channel/);
      await store.recordMany([good, record('2026-11-12T09:00:00.000Z')]);
      expect((await store.list(window)).map((r) => r.at)).toEqual([good.at, '2026-11-12T09:00:00.000Z']);
    });

    it('when records are older than the cutoff, then a purge deletes them only', async () => {
      await store.record(record('2026-11-01T00:00:00.000Z'));
      await store.record(record('2026-11-20T00:00:00.000Z'));
      expect(await store.purgeOlderThan(new Date('2026-11-10T00:00:00Z'))).toBe(1);
      expect((await store.list(window)).map((r) => r.at)).toEqual(['2026-11-20T00:00:00.000Z']);
    });
  });
}
