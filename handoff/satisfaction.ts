/**
 * The survey's scores as the support lead reads them: per agent who closed the chat and per
 * category, with how many were asked and how many answered (a high average from two answers out
 * of forty asked says little). Pure: tickets in, rows out.
 */
import type { Ticket } from './types';

export interface SatisfactionRow {
  /** Agent id or category id. */
  key: string;
  /** What the page shows: the agent's name, or the category id. */
  label: string;
  /** Tickets whose person was asked the question. */
  asked: number;
  /** Of those, how many gave a score. */
  answered: number;
  /** Mean score of the answers, two decimals; null when none answered. */
  average: number | null;
  /** How many answers gave 1, 2, 3, 4 and 5. */
  counts: [number, number, number, number, number];
}

export interface SatisfactionSummary {
  overall: SatisfactionRow;
  byAgent: SatisfactionRow[];
  byCategory: SatisfactionRow[];
}

type Surveyed = Pick<Ticket, 'csatAsked' | 'csat' | 'agentId' | 'agentName' | 'category'>;

function row(key: string, label: string, tickets: readonly Surveyed[]): SatisfactionRow {
  const counts: SatisfactionRow['counts'] = [0, 0, 0, 0, 0];
  let sum = 0;
  let answered = 0;
  for (const t of tickets) {
    if (t.csat === undefined) continue;
    counts[t.csat - 1] += 1;
    sum += t.csat;
    answered += 1;
  }
  const average = answered ? Math.round((sum / answered) * 100) / 100 : null;
  return { key, label, asked: tickets.length, answered, average, counts };
}

function groupBy(tickets: readonly Surveyed[], keyOf: (t: Surveyed) => [string, string]): SatisfactionRow[] {
  const groups = new Map<string, { label: string; tickets: Surveyed[] }>();
  for (const t of tickets) {
    const [key, label] = keyOf(t);
    const g = groups.get(key) ?? { label, tickets: [] };
    g.tickets.push(t);
    groups.set(key, g);
  }
  // Most answers first: the rows that say the most come first.
  return [...groups]
    .map(([key, g]) => row(key, g.label, g.tickets))
    .sort((a, b) => b.answered - a.answered || a.label.localeCompare(b.label));
}

/** Scores of the tickets whose person was asked the satisfaction question. */
export function summariseSatisfaction(tickets: readonly Surveyed[]): SatisfactionSummary {
  const asked = tickets.filter((t) => t.csatAsked);
  return {
    overall: row('all', 'All agents', asked),
    byAgent: groupBy(asked, (t) => [t.agentId ?? 'unknown', t.agentName ?? t.agentId ?? 'unknown']),
    byCategory: groupBy(asked, (t) => [t.category, t.category]),
  };
}
