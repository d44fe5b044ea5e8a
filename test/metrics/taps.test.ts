/** The metric taps: error lines counted by component, refusals by limiter, the first agent reply timed once. */
import { silentLogger } from '../../adapters/logger';
import { memoryLimiterStore } from '../../adapters/http/rateLimits';
import { countErrors, countRefusals, timeFirstReplies } from '../../adapters/metrics/taps';
import type { TicketStore } from '../../handoff/ports';
import type { TicketMessage } from '../../handoff/types';
import { makeTicket } from '../handoff/fixtures';

describe('countErrors', () => {
  it('when errors are logged at the root, by a child with a component, or with a component field, then each kind is counted', () => {
    const kinds: string[] = [];
    const log = countErrors(silentLogger, { error: (k) => kinds.push(k) });
    log.error('root failed');
    log.child({ component: 'storage' }).error('write failed');
    log.child({ component: 'storage' }).child({ ticket: 'T-1' }).error('again');
    log.error('hub failed', { component: 'handoff' });
    log.warn('not an error');
    expect(kinds).toEqual(['app', 'storage', 'storage', 'handoff']);
  });
});

describe('countRefusals', () => {
  it('when a limiter refuses, then the refusal is counted under its name and allowed takes are not', async () => {
    const refused: string[] = [];
    const store = countRefusals(memoryLimiterStore(), { rateLimitRefused: (n) => refused.push(n) });
    const limiter = store.limiter('widget-tokens', { points: 1, seconds: 60 });
    expect((await limiter.take('1.2.3.4')).allowed).toBe(true);
    expect((await limiter.take('1.2.3.4')).allowed).toBe(false);
    expect(refused).toEqual(['widget-tokens']);
  });
});

describe('timeFirstReplies', () => {
  const ticket = makeTicket({ ticketId: 'T-1', createdAt: '2026-11-23T10:00:00.000Z' });
  const line = (seq: number, from: TicketMessage['from'], at: string): TicketMessage => ({
    ticketId: 'T-1',
    seq,
    at,
    from,
    text: 'x',
  });
  const lines = [
    line(0, 'customer', '2026-11-23T10:00:00.000Z'),
    line(1, 'agent', '2026-11-23T10:05:00.000Z'),
    line(2, 'agent', '2026-11-23T10:09:00.000Z'),
  ];
  const store = {
    listMessages: async () => lines,
    get: async () => ticket,
  } as unknown as TicketStore;

  it('when agent lines are raised, then only the first is timed from the ticket opening', async () => {
    const seconds: number[] = [];
    const watch = timeFirstReplies({
      store,
      metrics: { firstAgentReply: (s) => seconds.push(s) },
      logger: silentLogger,
    });
    for (const message of lines) watch({ type: 'message', ticketId: 'T-1', message });
    watch({ type: 'queue' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(seconds).toEqual([300]);
  });
});
