/**
 * A running app with the lead's dashboard over seeded conversations and tickets, and the figures
 * the seed must give (worked out by hand in the comments, not by the code under test).
 */
import type { App } from '../../bot/createApp';
import type { DecisionRecord } from '../../knowledge/insights/decisionRecord';
import { makeTicket } from '../handoff/fixtures';
import { startApp, type RunningApp } from '../support/appHarness';

export const NOW = new Date('2026-11-23T12:00:00.000Z');
export const LEAD = { name: 'lead', secret: 'lead-secret-0123' };
const at = (daysAgo: number, hour: number, minute = 0) =>
  new Date(Date.UTC(2026, 10, 23 - daysAgo, hour, minute)).toISOString();

export function startDashboardApp(): Promise<RunningApp> {
  return startApp({ AGENTS: `${LEAD.name}:${LEAD.secret}` }, { now: () => NOW });
}

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
  latencyMs: 30,
  ...over,
});

const security = { outcome: 'escalate' as const, category: 'security' as const, reason: 'security-signal' };
const chargeback = {
  outcome: 'escalate' as const,
  category: 'dispute-chargeback' as const,
  reason: 'chargeback-notification',
  channel: 'msteams',
};

/**
 * Six conversations (five on directline, one on msteams):
 * - web-1: answered, nobody came back → resolved without a person.
 * - web-2: answered, came back 4 hours later → not resolved.
 * - web-3: security escalation over two turns, ticket T-SEC → not resolved.
 * - web-4: told to wait on case D-5521 (due 2 days ago); web-5 asks about D-5521 yesterday, after the
 *   due date but more than 24 h after web-4 → web-4 resolved; the wait came back after its due date.
 * - web-5: answered yesterday 10:00 (judged: 26 h before now) → resolved.
 * - teams-1 (msteams): chargeback escalation, ticket T-DSP → not resolved.
 * All channels: 3 of 6 resolved = 50 %; directline: 3 of 5 = 60 %.
 */
export const EXPECTED = {
  all: { conversations: '6', share: '50 %', tickets: '2' },
  directline: { conversations: '5', share: '60 %', tickets: '1' },
};

export async function seedDashboard(app: App): Promise<void> {
  const records = [
    turn('web-1', at(5, 10)),
    turn('web-2', at(5, 11)),
    turn('web-2', at(5, 15)),
    turn('web-3', at(4, 10), security),
    turn('web-3', at(4, 10, 5), { ...security, ticketId: 'T-SEC', ticketOpened: true }),
    turn('web-4', at(4, 12), {
      outcome: 'wait',
      reason: 'within-timeline',
      caseId: 'D-5521',
      due: at(2, 17),
    }),
    turn('teams-1', at(3, 10), { ...chargeback, ticketId: 'T-DSP', ticketOpened: true }),
    turn('web-5', at(1, 10), {
      caseId: 'D-5521',
      outcome: 'wait',
      reason: 'follow-up-same-status/past-timeline',
    }),
  ];
  for (const r of records) await app.storage.decisions.record(r);

  // T-SEC: first agent reply after 10 minutes, resolved after 60, survey 5. T-DSP: still waiting.
  const store = app.handoff.store;
  await store.open(
    makeTicket({
      ticketId: 'T-SEC',
      channelId: 'directline',
      status: 'resolved',
      createdAt: at(4, 10, 5),
      assignedAt: at(4, 10, 10),
      agentId: 'lead',
      endedAt: at(4, 11, 5),
      endReason: 'agent-resolved',
      expiresAt: at(4, 14),
      csat: 5,
    }),
  );
  await store.appendMessage({
    ticketId: 'T-SEC',
    at: at(4, 10, 15),
    from: 'agent',
    text: 'Hi, I am on it',
    agentId: 'lead',
  });
  await store.appendMessage({
    ticketId: 'T-SEC',
    at: at(4, 10, 20),
    from: 'agent',
    text: 'Done',
    agentId: 'lead',
  });
  await store.open(
    makeTicket({
      ticketId: 'T-DSP',
      channelId: 'msteams',
      category: 'dispute-chargeback',
      priority: 'high',
      rank: 2,
      createdAt: at(3, 10),
      expiresAt: '2026-12-31T00:00:00.000Z',
    }),
  );

  await app.storage.feedback.record({
    conversationId: 'web-1',
    articleId: 'refund-processing-times',
    helpful: false,
    text: 'refund to card 4111 1111 1111 1111?',
    at: at(5, 10, 1),
  });
  await app.storage.unanswered.record({
    text: 'call me on 07700 900123',
    at: at(5, 11),
    topCandidates: [],
    conversationId: 'web-2',
  });
  await app.storage.unanswered.record({
    text: 'do you sell parrots',
    at: at(1, 10),
    topCandidates: [],
    conversationId: 'web-5',
  });
}
