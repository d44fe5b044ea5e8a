/**
 * The support lead's dashboard, computed from stored records only: the turns' decision records,
 * the tickets, the article votes and the open unanswered questions. Pure: the adapter reads the
 * stores, this decides what the figures are. The definitions are stated here once and shown on
 * the page (DEFINITIONS) and in the README.
 */
import { rateArticles, type ArticleRating } from './articles';
import type { DecisionRecord } from './decisionRecord';
import { secondsBetween, shareOf, summariseDurations, type DurationSummary } from './figures';
import type { ArticleVote, TicketFacts } from './types';

/** A pause longer than this ends a visit: the next turn is the person coming back. */
export const VISIT_GAP_MS = 30 * 60_000;
/** A conversation is judged once this long has passed since its first visit ended. */
export const RETURN_WINDOW_MS = 24 * 3_600_000;

export const DEFINITIONS = {
  conversation:
    'A conversation counts in the period when its first turn falls in it. A visit ends after 30 minutes without a turn.',
  resolvedWithoutPerson:
    'Resolved without a person: no ticket was opened, and nobody came back on the same case within 24 hours of the first visit — no new visit in the same conversation, and no other conversation naming the same order or case id. Conversations whose 24 hours have not passed yet are not judged.',
  escalations:
    'Escalations: conversations in which the bot said a person is needed, by category and reason (a conversation counts once per category and reason).',
  waits:
    'Wait answers: conversations told to wait with a due date. Came back after the due date: a later turn in the same conversation, or a conversation naming the same case, at or after that date.',
  agentTimes:
    'Time to first agent reply: from the ticket opening to the first line an agent wrote. Time to resolution: from opening to an agent closing it.',
} as const;

export interface DashboardInput {
  /** The window: [since, until). */
  since: string;
  until: string;
  /** The clock: conversations whose 24 hours run past it are not judged yet. */
  now: string;
  /** One channel, or null for all. */
  channel: string | null;
  /** Every channel's records from `since` to `until` + 24 h (to see people come back), oldest first. */
  decisions: readonly DecisionRecord[];
  /** Tickets created in the window, every channel. */
  tickets: readonly TicketFacts[];
  /** Article votes in the window, every channel (matched to channels through their conversation). */
  votes: readonly (ArticleVote & { conversationId: string })[];
  /** Open unanswered questions in the window, with their conversation when known. */
  unanswered: readonly { conversationId: string | null }[];
  minVotes?: number;
}

export interface DayFigures {
  day: string;
  conversations: number;
  resolvedWithoutPerson: number;
}

export interface Dashboard {
  window: { since: string; until: string; channel: string | null };
  /** Channels seen in the window, for the picker. */
  channels: string[];
  conversations: {
    total: number;
    judged: number;
    resolvedWithoutPerson: number;
    /** resolvedWithoutPerson / judged. */
    share: number | null;
    withTicket: number;
    cameBack: number;
  };
  daily: DayFigures[];
  escalations: { category: string; reason: string; conversations: number }[];
  waits: { told: number; cameBackAfterDue: number; cameBackBeforeDue: number; dueNotReached: number };
  agentTimes: { firstReply: DurationSummary; resolution: DurationSummary };
  tickets: { opened: number; byState: Record<string, number> };
  survey: { answered: number; mean: number | null; byScore: number[] };
  articles: { votes: number; ratings: ArticleRating[] };
  unanswered: { open: number };
}

interface Conversation {
  id: string;
  channel: string;
  records: DecisionRecord[];
  firstAt: number;
  /** The last turn of the first visit. */
  firstVisitEnd: number;
  /** False once a pause longer than the gap ended the first visit. */
  inFirstVisit: boolean;
  cases: Set<string>;
}

/** Groups records (oldest first) by conversation, noting where each one's first visit ends and the cases it named. */
function conversationsOf(records: readonly DecisionRecord[]): Map<string, Conversation> {
  const out = new Map<string, Conversation>();
  for (const r of records) {
    const at = Date.parse(r.at);
    const c = out.get(r.conversationId) ?? {
      id: r.conversationId,
      channel: r.channel,
      records: [],
      firstAt: at,
      firstVisitEnd: at,
      inFirstVisit: true,
      cases: new Set<string>(),
    };
    out.set(r.conversationId, c);
    if (c.inFirstVisit && at - c.firstVisitEnd <= VISIT_GAP_MS)
      c.firstVisitEnd = Math.max(c.firstVisitEnd, at);
    else c.inFirstVisit = false;
    if (r.caseId) c.cases.add(r.caseId);
    c.records.push(r);
  }
  return out;
}

/** Turns about the same person's case after `from`: later turns of the conversation, or others naming its case. */
function laterTurns(
  c: Conversation,
  all: readonly DecisionRecord[],
  cases: ReadonlySet<string>,
  from: number,
) {
  return all.filter(
    (r) =>
      Date.parse(r.at) > from &&
      (r.conversationId === c.id || (r.conversationId !== c.id && r.caseId !== null && cases.has(r.caseId))),
  );
}

function cameBackWithin(c: Conversation, all: readonly DecisionRecord[]): boolean {
  const end = c.firstVisitEnd;
  return laterTurns(c, all, c.cases, end).some((r) => Date.parse(r.at) <= end + RETURN_WINDOW_MS);
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function escalationsOf(conversations: readonly Conversation[]): Dashboard['escalations'] {
  const counts = new Map<string, { category: string; reason: string; conversations: number }>();
  for (const c of conversations) {
    const seen = new Set<string>();
    for (const r of c.records) {
      if (r.outcome !== 'escalate') continue;
      const category = r.category ?? 'none';
      const reason = r.reason ?? 'none';
      const key = `${category}\u0000${reason}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = counts.get(key) ?? { category, reason, conversations: 0 };
      row.conversations += 1;
      counts.set(key, row);
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.conversations - a.conversations ||
      a.category.localeCompare(b.category) ||
      a.reason.localeCompare(b.reason),
  );
}

function waitsOf(
  conversations: readonly Conversation[],
  all: readonly DecisionRecord[],
  now: number,
): Dashboard['waits'] {
  const out = { told: 0, cameBackAfterDue: 0, cameBackBeforeDue: 0, dueNotReached: 0 };
  for (const c of conversations) {
    const told = c.records.find((r) => r.outcome === 'wait' && r.due !== null);
    if (!told?.due) continue;
    out.told += 1;
    const due = Date.parse(told.due);
    const cases = told.caseId ? new Set([told.caseId]) : new Set<string>();
    const later = laterTurns(c, all, cases, Date.parse(told.at));
    if (later.some((r) => Date.parse(r.at) >= due)) out.cameBackAfterDue += 1;
    else if (due > now) out.dueNotReached += 1;
    if (later.some((r) => Date.parse(r.at) < due)) out.cameBackBeforeDue += 1;
  }
  return out;
}

function surveyOf(tickets: readonly TicketFacts[]): Dashboard['survey'] {
  const scores = tickets.map((t) => t.csat).filter((s): s is number => s !== null);
  const byScore = [1, 2, 3, 4, 5].map((n) => scores.filter((s) => s === n).length);
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  return { answered: scores.length, mean, byScore };
}

/** Computes every figure of the dashboard for the input's window and channel. */
export function buildDashboard(input: DashboardInput): Dashboard {
  const since = Date.parse(input.since);
  const until = Date.parse(input.until);
  const now = Date.parse(input.now);
  const all = input.decisions;
  const byId = conversationsOf(all);
  const inWindow = [...byId.values()].filter((c) => c.firstAt >= since && c.firstAt < until);
  const channels = [...new Set(inWindow.map((c) => c.channel))].sort();
  const chosen = inWindow.filter((c) => input.channel === null || c.channel === input.channel);
  const chosenIds = new Set(chosen.map((c) => c.id));

  const daily = new Map<string, DayFigures>();
  let judged = 0;
  let resolved = 0;
  let withTicket = 0;
  let cameBack = 0;
  for (const c of chosen) {
    const day = daily.get(dayOf(c.firstAt)) ?? {
      day: dayOf(c.firstAt),
      conversations: 0,
      resolvedWithoutPerson: 0,
    };
    day.conversations += 1;
    daily.set(day.day, day);
    const ticket = c.records.some((r) => r.ticketId !== null);
    const back = cameBackWithin(c, all);
    if (ticket) withTicket += 1;
    if (back) cameBack += 1;
    if (c.firstVisitEnd + RETURN_WINDOW_MS > now && !ticket && !back) continue; // not judged yet
    judged += 1;
    if (!ticket && !back) {
      resolved += 1;
      day.resolvedWithoutPerson += 1;
    }
  }

  const tickets = input.tickets.filter((t) => input.channel === null || t.channel === input.channel);
  const byState: Record<string, number> = {};
  for (const t of tickets) byState[t.status] = (byState[t.status] ?? 0) + 1;
  const votes = input.votes.filter((v) => input.channel === null || chosenIds.has(v.conversationId));

  return {
    window: { since: input.since, until: input.until, channel: input.channel },
    channels,
    conversations: {
      total: chosen.length,
      judged,
      resolvedWithoutPerson: resolved,
      share: shareOf(resolved, judged),
      withTicket,
      cameBack,
    },
    daily: [...daily.values()].sort((a, b) => a.day.localeCompare(b.day)),
    escalations: escalationsOf(chosen),
    waits: waitsOf(chosen, all, now),
    agentTimes: {
      firstReply: summariseDurations(
        tickets
          .filter((t) => t.firstAgentReplyAt)
          .map((t) => secondsBetween(t.createdAt, t.firstAgentReplyAt!)),
      ),
      resolution: summariseDurations(
        tickets
          .filter((t) => t.status === 'resolved' && t.endedAt)
          .map((t) => secondsBetween(t.createdAt, t.endedAt!)),
      ),
    },
    tickets: { opened: tickets.length, byState },
    survey: surveyOf(tickets),
    articles: { votes: votes.length, ratings: rateArticles(votes, input.minVotes) },
    unanswered: {
      open: input.unanswered.filter(
        (q) => input.channel === null || (q.conversationId !== null && chosenIds.has(q.conversationId)),
      ).length,
    },
  };
}
