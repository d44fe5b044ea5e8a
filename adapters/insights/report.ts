/** Reads the stores for one window and shapes the insights report the page shows. */
import {
  groupUnanswered,
  MIN_VOTES_TO_RANK,
  rateArticles,
  type ArticleRating,
  type QuestionKey,
  type UnansweredGroup,
} from '../../knowledge/insights';
import type { TicketStore } from '../../handoff/ports';
import { summariseSatisfaction, type SatisfactionSummary } from '../../handoff/satisfaction';
import { maskPersonalData } from '../../knowledge/privacy/mask';
import type { FeedbackStore } from '../storage/feedback';
import type { UnansweredStore } from '../storage/unanswered';

/** The most rows read from each store for one report; beyond it the report says `truncated`. */
export const MAX_REPORT_ROWS = 5000;

export interface InsightsReport {
  window: { days: number; since: string; until: string };
  unanswered: { questions: number; truncated: boolean; groups: UnansweredGroup[] };
  articles: { votes: number; truncated: boolean; minVotes: number; ratings: ArticleRating[] };
  /** The satisfaction survey after a person closed the chat, by agent and by category. */
  satisfaction: SatisfactionSummary & { tickets: number; truncated: boolean };
}

export interface ReportSources {
  unanswered: UnansweredStore;
  feedback: FeedbackStore;
  questionKey: QuestionKey;
  /** Closed tickets and their survey scores. */
  tickets: Pick<TicketStore, 'listResolvedSince'>;
  maxRows?: number;
  minVotes?: number;
}

/** The open inbox and the article ratings of the last `days` days before `now`. */
export async function buildReport(src: ReportSources, days: number, now: Date): Promise<InsightsReport> {
  const maxRows = src.maxRows ?? MAX_REPORT_ROWS;
  const minVotes = src.minVotes ?? MIN_VOTES_TO_RANK;
  const since = new Date(now.getTime() - days * 86_400_000);
  const [questions, votes, closed] = await Promise.all([
    src.unanswered.list(maxRows, { since, unhandledOnly: true }),
    src.feedback.list(maxRows, { since }),
    src.tickets.listResolvedSince(since, maxRows),
  ]);
  return {
    window: { days, since: since.toISOString(), until: now.toISOString() },
    unanswered: {
      questions: questions.length,
      truncated: questions.length >= maxRows,
      groups: groupUnanswered(questions, src.questionKey).map(maskGroup),
    },
    articles: {
      votes: votes.length,
      truncated: votes.length >= maxRows,
      minVotes,
      ratings: rateArticles(votes, minVotes).map(maskRating),
    },
    satisfaction: {
      tickets: closed.length,
      truncated: closed.length >= maxRows,
      ...summariseSatisfaction(closed),
    },
  };
}

/** Customers' own words are shown masked (emails, phone and card numbers, addresses): the lead needs the question, not the person. */
function maskGroup(g: UnansweredGroup): UnansweredGroup {
  return { ...g, key: maskPersonalData(g.key), examples: g.examples.map(maskPersonalData) };
}

function maskRating(r: ArticleRating): ArticleRating {
  return {
    ...r,
    latestNotHelpful: r.latestNotHelpful.map((q) => ({ ...q, text: maskPersonalData(q.text) })),
  };
}
