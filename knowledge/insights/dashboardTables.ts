/**
 * The dashboard's tables, as the page shows them and the CSV exports write them: one shape for
 * both, so an export is exactly the table on screen. Text that came from customers (unanswered
 * questions, not-helpful questions) is masked with knowledge/privacy/mask.ts.
 */
import { maskPersonalData } from '../privacy/mask';
import type { Cell } from './csv';
import type { Dashboard } from './dashboard';
import type { UnansweredGroup } from './unanswered';

export const TABLE_NAMES = [
  'conversations',
  'escalations',
  'waits',
  'agent-times',
  'tickets',
  'survey',
  'articles',
  'unanswered',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface Table {
  title: string;
  headers: string[];
  rows: Cell[][];
}

const minutes = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 60) * 10) / 10);
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Every table of `d`; `unanswered` is the open inbox grouped (knowledge/insights/unanswered.ts). */
export function dashboardTables(
  d: Dashboard,
  unanswered: readonly UnansweredGroup[],
): Record<TableName, Table> {
  return {
    conversations: {
      title: 'Conversations by day',
      headers: ['Day', 'Conversations', 'Resolved without a person'],
      rows: d.daily.map((r) => [r.day, r.conversations, r.resolvedWithoutPerson]),
    },
    escalations: {
      title: 'Escalations by category and reason',
      headers: ['Category', 'Reason', 'Conversations'],
      rows: d.escalations.map((e) => [e.category, e.reason, e.conversations]),
    },
    waits: {
      title: '"Wait" answers',
      headers: ['Measure', 'Conversations'],
      rows: [
        ['Told to wait, with a due date', d.waits.told],
        ['Came back after the due date', d.waits.cameBackAfterDue],
        ['Came back before the due date', d.waits.cameBackBeforeDue],
        ['Due date not reached yet', d.waits.dueNotReached],
      ],
    },
    'agent-times': {
      title: 'Agent times',
      headers: ['Measure', 'Tickets', 'Median (min)', '90th percentile (min)'],
      rows: [
        [
          'Time to first agent reply',
          d.agentTimes.firstReply.n,
          minutes(d.agentTimes.firstReply.medianSeconds),
          minutes(d.agentTimes.firstReply.p90Seconds),
        ],
        [
          'Time to resolution',
          d.agentTimes.resolution.n,
          minutes(d.agentTimes.resolution.medianSeconds),
          minutes(d.agentTimes.resolution.p90Seconds),
        ],
      ],
    },
    tickets: {
      title: 'Tickets opened in the period, by state now',
      headers: ['State', 'Tickets'],
      rows: Object.entries(d.tickets.byState).sort(([a], [b]) => a.localeCompare(b)),
    },
    survey: {
      title: 'Survey scores (1 = very unhappy, 5 = very happy)',
      headers: ['Score', 'Answers'],
      rows: d.survey.byScore.map((n, i) => [i + 1, n]),
    },
    articles: {
      title: 'Article ratings',
      headers: ['Article', 'Helpful', 'Not helpful', 'Votes', 'Helpful %', 'Latest not-helpful questions'],
      rows: d.articles.ratings.map((a) => [
        a.articleId,
        a.helpful,
        a.notHelpful,
        a.votes,
        percent(a.helpfulRate),
        a.latestNotHelpful.map((q) => maskPersonalData(q.text)).join(' | ') || null,
      ]),
    },
    unanswered: {
      title: 'Unanswered questions (open inbox)',
      headers: ['Example wording', 'Times asked', 'Last asked', 'Articles offered'],
      rows: unanswered.map((g) => [
        maskPersonalData(g.examples[0] ?? g.key),
        g.count,
        g.lastSeen,
        g.proposedArticles.map((p) => p.id).join(' ') || null,
      ]),
    },
  };
}

/** The headline share as the page writes it: "62.5 %", or "—" when no conversation was judged. */
export const shareText = (share: number | null): string => (share === null ? '—' : `${percent(share)} %`);
