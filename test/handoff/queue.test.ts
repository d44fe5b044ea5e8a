import { dedupKey, describeWait, estimateWait, orderQueue, queuePosition } from '../../handoff/queue';
import { makeTicket } from './fixtures';

describe('queue order', () => {
  it('when several categories wait, then security comes first, dispatch next, then disputes, then stalled; FIFO within one', () => {
    const tickets = [
      makeTicket({ ticketId: 'stalled', rank: 1, createdAt: '2026-11-23T09:00:00.000Z' }),
      makeTicket({ ticketId: 'dispute-late', rank: 2, createdAt: '2026-11-23T09:30:00.000Z' }),
      makeTicket({ ticketId: 'dispute-early', rank: 2, createdAt: '2026-11-23T09:10:00.000Z' }),
      makeTicket({ ticketId: 'security', rank: 4, createdAt: '2026-11-23T09:50:00.000Z' }),
      makeTicket({ ticketId: 'dispatch', rank: 3, createdAt: '2026-11-23T09:40:00.000Z' }),
      makeTicket({ ticketId: 'taken', rank: 4, status: 'assigned' }),
    ];
    expect(orderQueue(tickets).map((t) => t.ticketId)).toEqual([
      'security',
      'dispatch',
      'dispute-early',
      'dispute-late',
      'stalled',
    ]);
    expect(queuePosition(tickets, 'dispute-late')).toBe(4);
    expect(queuePosition(tickets, 'taken')).toBeNull();
  });
});

describe('dedupKey', () => {
  it('when the same person gives the same case id in another spelling, then the key is the same', () => {
    expect(dedupKey('webchat:u1', ' kx-100234')).toBe(dedupKey('webchat:u1', 'KX-100234'));
  });
  it('when no case id is given, then there is no person+case key (the conversation is the unit)', () => {
    expect(dedupKey('webchat:u1', undefined)).toBeNull();
  });
});

describe('estimateWait', () => {
  const history = [4, 6, 8, 10, 12].map((m) => m * 60000);
  it('when no agent is online, then the estimate is unknown', () => {
    expect(estimateWait(1, history, 0)).toEqual({ kind: 'unknown', why: 'no-agents' });
  });
  it('when fewer than three chats have finished, then the estimate is unknown', () => {
    expect(estimateWait(1, [60000, 120000], 2)).toEqual({ kind: 'unknown', why: 'no-history' });
  });
  it('when third in the queue with one agent, then the range is three rounds of the quartile handling times', () => {
    expect(estimateWait(3, history, 1)).toEqual({ kind: 'minutes', low: 18, high: 30, basedOn: 5 });
  });
  it('when two agents share the queue, then position 3 needs two rounds', () => {
    expect(estimateWait(3, history, 2)).toEqual({ kind: 'minutes', low: 12, high: 20, basedOn: 5 });
  });
  it('says unknown in words rather than a number', () => {
    expect(describeWait(2, { kind: 'unknown', why: 'no-history' })).toMatch(/number 2.*enough recent chats/);
    expect(describeWait(1, { kind: 'minutes', low: 5, high: 9, basedOn: 4 })).toBe(
      "You're next in the queue. Estimated wait: about 5–9 min.",
    );
  });
});
