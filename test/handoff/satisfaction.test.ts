import { summariseSatisfaction } from '../../handoff/satisfaction';
import { makeTicket } from './fixtures';

describe('summariseSatisfaction', () => {
  it('when some people skipped the question, then they count as asked but not in the average', () => {
    const s = summariseSatisfaction([
      makeTicket({ status: 'resolved', csatAsked: true, csat: 5, agentId: 'a', agentName: 'Alice' }),
      makeTicket({ status: 'resolved', csatAsked: true, csatClosed: true, agentId: 'a', agentName: 'Alice' }),
      makeTicket({
        status: 'resolved',
        csatAsked: true,
        csat: 2,
        agentId: 'b',
        agentName: 'Bob',
        category: 'dispatch',
      }),
    ]);
    expect(s.overall).toMatchObject({ asked: 3, answered: 2, average: 3.5, counts: [0, 1, 0, 0, 1] });
    expect(s.byAgent.map((r) => [r.label, r.asked, r.answered, r.average])).toEqual([
      ['Alice', 2, 1, 5],
      ['Bob', 1, 1, 2],
    ]);
    expect(s.byCategory.map((r) => r.key)).toEqual(['dispatch', 'security']);
  });

  it('when a ticket closed by the hub was never asked, then it is left out', () => {
    const s = summariseSatisfaction([makeTicket({ status: 'resolved', agentId: 'external-hub' })]);
    expect(s.overall).toMatchObject({ asked: 0, answered: 0, average: null });
    expect(s.byAgent).toEqual([]);
  });
});
