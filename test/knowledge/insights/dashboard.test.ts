/** The lead's dashboard figures, from records made per test with a fixed clock. */
import { buildDashboard, type DashboardInput } from '../../../knowledge/insights/dashboard';
import type { DecisionRecord } from '../../../knowledge/insights/decisionRecord';
import type { TicketFacts } from '../../../knowledge/insights/types';

const NOW = '2026-11-23T12:00:00.000Z';
const at = (day: number, hour = 10, minute = 0) =>
  new Date(Date.UTC(2026, 10, day, hour, minute)).toISOString();

const turn = (conversationId: string, when: string, over: Partial<DecisionRecord> = {}): DecisionRecord => ({
  at: when,
  conversationId,
  channel: 'directline',
  outcome: 'answer',
  category: null,
  topic: 'order-status',
  reason: 'help-center-answer',
  confidence: 0.9,
  caseId: null,
  due: null,
  ticketId: null,
  ticketOpened: false,
  latencyMs: 20,
  ...over,
});

const ticket = (over: Partial<TicketFacts>): TicketFacts => ({
  ticketId: 'T-1',
  channel: 'directline',
  category: 'security',
  status: 'pending',
  createdAt: at(10),
  firstAgentReplyAt: null,
  endedAt: null,
  csat: null,
  ...over,
});

const input = (over: Partial<DashboardInput>): DashboardInput => ({
  since: at(1, 0),
  until: NOW,
  now: NOW,
  channel: null,
  decisions: [],
  tickets: [],
  votes: [],
  unanswered: [],
  ...over,
});

describe('buildDashboard: resolved without a person', () => {
  it('when a conversation had no ticket and nobody came back within 24 h, then it is resolved without a person', () => {
    const d = buildDashboard(input({ decisions: [turn('a', at(10)), turn('a', at(10, 10, 5))] }));
    expect(d.conversations).toMatchObject({ total: 1, judged: 1, resolvedWithoutPerson: 1, share: 1 });
  });

  it('when a conversation opened a ticket, then it is not resolved without a person', () => {
    const d = buildDashboard(
      input({ decisions: [turn('a', at(10), { outcome: 'escalate', ticketId: 'T-1', ticketOpened: true })] }),
    );
    expect(d.conversations).toMatchObject({ total: 1, withTicket: 1, resolvedWithoutPerson: 0, share: 0 });
  });

  it('when the person comes back to the same conversation after a pause within 24 h, then it is not resolved', () => {
    const d = buildDashboard(input({ decisions: [turn('a', at(10, 10)), turn('a', at(10, 18))] }));
    expect(d.conversations).toMatchObject({ cameBack: 1, resolvedWithoutPerson: 0 });
  });

  it('when another conversation names the same case within 24 h, then the first is not resolved', () => {
    const d = buildDashboard(
      input({
        decisions: [
          turn('a', at(10, 10), { caseId: 'KX-100234' }),
          turn('b', at(11, 9), { caseId: 'KX-100234' }),
          turn('c', at(11, 9), { caseId: 'KX-999999' }),
        ],
      }),
    );
    expect(d.conversations).toMatchObject({ total: 3, cameBack: 1, resolvedWithoutPerson: 2 });
  });

  it('when the person comes back after more than 24 h, then the first conversation still counts as resolved', () => {
    const d = buildDashboard(input({ decisions: [turn('a', at(10, 10)), turn('a', at(12, 10))] }));
    expect(d.conversations).toMatchObject({ cameBack: 0, resolvedWithoutPerson: 1 });
  });

  it('when the 24 hours have not passed yet, then the conversation is counted but not judged', () => {
    const d = buildDashboard(input({ decisions: [turn('a', at(10)), turn('b', at(23, 9))] }));
    expect(d.conversations).toMatchObject({ total: 2, judged: 1, resolvedWithoutPerson: 1, share: 1 });
  });

  it('when conversations start on two days, then the daily figures split them', () => {
    const d = buildDashboard(
      input({ decisions: [turn('a', at(10)), turn('b', at(11)), turn('c', at(11, 12))] }),
    );
    expect(d.daily).toEqual([
      { day: '2026-11-10', conversations: 1, resolvedWithoutPerson: 1 },
      { day: '2026-11-11', conversations: 2, resolvedWithoutPerson: 2 },
    ]);
  });
});

describe('buildDashboard: escalations, waits, tickets', () => {
  it('when intake repeats an escalation over several turns, then the conversation counts once per category and reason', () => {
    const esc = {
      outcome: 'escalate' as const,
      category: 'dispute-chargeback' as const,
      reason: 'chargeback',
    };
    const d = buildDashboard(
      input({
        decisions: [
          turn('a', at(10), esc),
          turn('a', at(10, 10, 1), esc),
          turn('b', at(11), esc),
          turn('c', at(11), { outcome: 'escalate', category: 'security', reason: 'security-signal' }),
        ],
      }),
    );
    expect(d.escalations).toEqual([
      { category: 'dispute-chargeback', reason: 'chargeback', conversations: 2 },
      { category: 'security', reason: 'security-signal', conversations: 1 },
    ]);
  });

  it('when people told to wait come back after, before or not yet at their due date, then each is counted', () => {
    const wait = (due: string) => ({ outcome: 'wait' as const, due, caseId: null });
    const d = buildDashboard(
      input({
        decisions: [
          turn('after', at(2), { ...wait(at(5)), caseId: 'D-1' }),
          turn('other-conversation', at(6), { caseId: 'D-1' }),
          turn('before', at(3), wait(at(8))),
          turn('before', at(4), { outcome: 'calm' }),
          turn('pending', at(20), wait(at(28))),
        ],
      }),
    );
    expect(d.waits).toEqual({ told: 3, cameBackAfterDue: 1, cameBackBeforeDue: 1, dueNotReached: 1 });
  });

  it('when tickets were answered and closed, then the agent times, states and survey come from them', () => {
    const d = buildDashboard(
      input({
        tickets: [
          ticket({
            ticketId: 'T-1',
            firstAgentReplyAt: at(10, 10, 4),
            status: 'resolved',
            endedAt: at(10, 11),
            csat: 5,
          }),
          ticket({
            ticketId: 'T-2',
            firstAgentReplyAt: at(10, 10, 10),
            status: 'resolved',
            endedAt: at(10, 12),
            csat: 2,
          }),
          ticket({ ticketId: 'T-3' }),
        ],
      }),
    );
    expect(d.agentTimes.firstReply).toEqual({ n: 2, medianSeconds: 240, p90Seconds: 600 });
    expect(d.agentTimes.resolution).toEqual({ n: 2, medianSeconds: 3600, p90Seconds: 7200 });
    expect(d.tickets).toEqual({ opened: 3, byState: { resolved: 2, pending: 1 } });
    expect(d.survey).toEqual({ answered: 2, mean: 3.5, byScore: [0, 1, 0, 0, 1] });
  });

  it('when a channel is chosen, then conversations, tickets, votes and questions of other channels are left out', () => {
    const d = buildDashboard(
      input({
        channel: 'msteams',
        decisions: [turn('a', at(10)), turn('t', at(10), { channel: 'msteams' })],
        tickets: [ticket({ channel: 'directline' }), ticket({ ticketId: 'T-2', channel: 'msteams' })],
        votes: [
          { conversationId: 'a', articleId: 'order-status', helpful: true, text: null, at: at(10) },
          { conversationId: 't', articleId: 'order-status', helpful: false, text: 'no', at: at(10) },
        ],
        unanswered: [{ conversationId: 'a' }, { conversationId: 't' }, { conversationId: null }],
      }),
    );
    expect(d.channels).toEqual(['directline', 'msteams']);
    expect(d.conversations.total).toBe(1);
    expect(d.tickets.opened).toBe(1);
    expect(d.articles.ratings).toEqual([
      expect.objectContaining({ articleId: 'order-status', votes: 1, helpful: 0 }),
    ]);
    expect(d.unanswered.open).toBe(1);
  });
});
