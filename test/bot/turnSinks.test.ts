/** The decision writer: records are buffered and stored a batch at a time; a failed batch is logged, not retried. */
import type { Logger } from '../../adapters/logger';
import { silentLogger } from '../../adapters/logger';
import type { DecisionStore } from '../../adapters/storage/decisions';
import type { DecisionRecord } from '../../knowledge/insights/decisionRecord';
import { storeDecisions } from '../../bot/wiring/turnSinks';
import { record } from '../storage/decisionContract';

function fakeStore(fail = false) {
  const batches: DecisionRecord[][] = [];
  const store = {
    recordMany: async (entries: readonly DecisionRecord[]) => {
      if (fail) throw new Error('disk full');
      batches.push([...entries]);
    },
  } as unknown as DecisionStore;
  return { store, batches };
}

describe('storeDecisions', () => {
  it('when fewer records than a batch arrive, then nothing is written until flushed, then all in one batch', async () => {
    const { store, batches } = fakeStore();
    const writer = storeDecisions(store, silentLogger, { maxBatch: 3, flushMs: 3_600_000 });
    writer.sink(record('2026-11-10T09:00:00.000Z'));
    writer.sink(record('2026-11-10T09:00:01.000Z'));
    expect(batches).toEqual([]);
    await writer.flush();
    expect(batches.map((b) => b.length)).toEqual([2]);
    await writer.close();
  });

  it('when a batch fills, then it is written at once, in order, and the app close writes the rest', async () => {
    const { store, batches } = fakeStore();
    const writer = storeDecisions(store, silentLogger, { maxBatch: 2, flushMs: 3_600_000 });
    for (let i = 0; i < 5; i++) writer.sink(record(`2026-11-10T09:00:0${i}.000Z`));
    await writer.close();
    expect(batches.map((b) => b.map((r) => r.at.slice(17, 19)))).toEqual([
      ['00', '01'],
      ['02', '03'],
      ['04'],
    ]);
  });

  it('when the store fails, then the batch is logged and dropped, and later batches still go', async () => {
    const warned: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (msg) => void warned.push(msg) };
    const failing = storeDecisions(fakeStore(true).store, logger, { maxBatch: 10, flushMs: 3_600_000 });
    failing.sink(record('2026-11-10T09:00:00.000Z'));
    await failing.close();
    expect(warned).toEqual(['decision records not stored']);
  });
});
