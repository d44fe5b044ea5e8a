/**
 * Reads the stores for one period and hands them to the pure dashboard (knowledge/insights):
 * decision records, tickets with their first agent reply, article votes, the open inbox.
 */
import { buildDashboard, DEFINITIONS, type Dashboard } from '../../knowledge/insights/dashboard';
import { dashboardTables, type Table, type TableName } from '../../knowledge/insights/dashboardTables';
import { groupUnanswered, type QuestionKey } from '../../knowledge/insights';
import type { TicketFacts } from '../../knowledge/insights/types';
import type { DecisionStore } from '../storage/decisions';
import type { FeedbackStore } from '../storage/feedback';
import type { UnansweredStore } from '../storage/unanswered';
import type { ReportedTicket, TicketReports } from '../tickets/ticketReports';
import type { DashboardQuery } from './schemas';

/** The most rows read from each store for one report; beyond it the report says `truncated`. */
export const MAX_DASHBOARD_ROWS = 50_000;

export interface DashboardSources {
  decisions: DecisionStore;
  tickets: TicketReports;
  feedback: FeedbackStore;
  unanswered: UnansweredStore;
  questionKey: QuestionKey;
  maxRows?: number;
  minVotes?: number;
}

export interface DashboardReport {
  dashboard: Dashboard;
  tables: Record<TableName, Table>;
  definitions: typeof DEFINITIONS;
  /** True when a store had more rows than were read: the figures cover the newest part only. */
  truncated: boolean;
}

const facts = ({ ticket, firstAgentReplyAt }: ReportedTicket): TicketFacts => ({
  ticketId: ticket.ticketId,
  channel: ticket.channelId,
  category: ticket.category,
  status: ticket.status,
  createdAt: ticket.createdAt,
  firstAgentReplyAt,
  endedAt: ticket.endedAt ?? null,
  csat: ticket.csat ?? null,
});

/** The dashboard of the last `days` days before `now`, for one channel or all. */
export async function readDashboard(
  src: DashboardSources,
  q: DashboardQuery,
  now: Date,
): Promise<DashboardReport> {
  const maxRows = src.maxRows ?? MAX_DASHBOARD_ROWS;
  const since = new Date(now.getTime() - q.days * 86_400_000);
  const [decisions, tickets, votes, questions] = await Promise.all([
    src.decisions.list({ since, until: now, limit: maxRows }),
    src.tickets.createdBetween(since, now, maxRows),
    src.feedback.list(maxRows, { since }),
    src.unanswered.list(maxRows, { since, unhandledOnly: true }),
  ]);
  const dashboard = buildDashboard({
    since: since.toISOString(),
    until: now.toISOString(),
    now: now.toISOString(),
    channel: q.channel,
    decisions,
    tickets: tickets.map(facts),
    votes,
    unanswered: questions,
    minVotes: src.minVotes,
  });
  const inChannel = (conversationId: string | null) =>
    q.channel === null ||
    (conversationId !== null &&
      decisions.some((d) => d.conversationId === conversationId && d.channel === q.channel));
  return {
    dashboard,
    tables: dashboardTables(
      dashboard,
      groupUnanswered(
        questions.filter((x) => inChannel(x.conversationId)),
        src.questionKey,
      ),
    ),
    definitions: DEFINITIONS,
    truncated: [decisions, tickets, votes, questions].some((rows) => rows.length >= maxRows),
  };
}
