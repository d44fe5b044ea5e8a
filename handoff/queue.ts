/** Queue order, position, de-duplication and an honest wait estimate: pure functions over data. */
import type { Ticket } from './types';
import { defaultHandoffWording, type HandoffWording } from './wording';

/** Sort order of the agent queue: higher rank first, then first in, first out. */
export function compareQueue(
  a: Pick<Ticket, 'rank' | 'createdAt'>,
  b: Pick<Ticket, 'rank' | 'createdAt'>,
): number {
  if (a.rank !== b.rank) return b.rank - a.rank;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** Orders pending tickets for agents (a copy; the input is untouched). */
export function orderQueue<T extends Pick<Ticket, 'rank' | 'createdAt' | 'status'>>(
  tickets: readonly T[],
): T[] {
  return tickets.filter((t) => t.status === 'pending').sort(compareQueue);
}

/** 1-based position of `ticketId` among pending tickets, or null when it is not waiting. */
export function queuePosition(
  tickets: readonly Pick<Ticket, 'ticketId' | 'rank' | 'createdAt' | 'status'>[],
  ticketId: string,
): number | null {
  const i = orderQueue(tickets).findIndex((t) => t.ticketId === ticketId);
  return i < 0 ? null : i + 1;
}

/**
 * The key under which a person may hold only one open ticket per case. Without a case id the
 * conversation is the unit (one open ticket per conversation), so the key is null.
 */
export function dedupKey(personKey: string, caseId: string | undefined): string | null {
  const id = caseId?.trim().toUpperCase();
  return id ? `${personKey}#${id}` : null;
}

/** Normalises a case id the way the store compares it ("kx-100234 " and "KX-100234" are one case). */
export function normaliseCaseId(caseId: string | undefined): string | undefined {
  const id = caseId?.trim().toUpperCase();
  return id ? id : undefined;
}

/** A wait estimate that says "unknown" rather than inventing a number. */
export type WaitEstimate =
  | { kind: 'unknown'; why: 'no-agents' | 'no-history' }
  | { kind: 'minutes'; low: number; high: number; basedOn: number };

/** Fewer finished chats than this and a median means little: say unknown. */
export const MIN_HISTORY_FOR_ESTIMATE = 3;

/**
 * Expected wait for the person at `position` (1 = next): the tickets ahead are shared among the
 * agents online, each taking about the median recent handling time. The range runs from the
 * 25th to the 75th percentile so the person sees the spread, not false precision.
 */
export function estimateWait(
  position: number,
  recentHandlingMs: readonly number[],
  agentsOnline: number,
): WaitEstimate {
  if (agentsOnline <= 0) return { kind: 'unknown', why: 'no-agents' };
  const sample = recentHandlingMs.filter((ms) => Number.isFinite(ms) && ms >= 0).sort((a, b) => a - b);
  if (sample.length < MIN_HISTORY_FOR_ESTIMATE) return { kind: 'unknown', why: 'no-history' };
  // Rounds of agents that must free up before this person is taken: position 1..n → 1 round.
  const rounds = Math.ceil(position / agentsOnline);
  const minutes = (ms: number) => Math.max(1, Math.round((ms * rounds) / 60000));
  return {
    kind: 'minutes',
    low: minutes(percentile(sample, 0.25)),
    high: minutes(percentile(sample, 0.75)),
    basedOn: sample.length,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  const idx = (sorted.length - 1) * p;
  const lo = Math.floor(idx);
  const hi = Math.ceil(idx);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo);
}

/** "You're next in the queue." / "You're number 3 in the queue." */
export function describePlace(
  position: number | null,
  words: HandoffWording = defaultHandoffWording(),
): string {
  if (position === null) return '';
  return position === 1 ? words.say('queueNext') : words.say('queuePlace', { position });
}

/** The estimate as a sentence for the person. */
export function describeWait(
  position: number | null,
  estimate: WaitEstimate,
  words: HandoffWording = defaultHandoffWording(),
): string {
  if (position === null) return '';
  const place = describePlace(position, words);
  if (estimate.kind === 'minutes') {
    const range = estimate.low === estimate.high ? `${estimate.low}` : `${estimate.low}–${estimate.high}`;
    return words.say('waitMinutes', { place, range });
  }
  return estimate.why === 'no-agents'
    ? words.say('waitNoAgents', { place })
    : words.say('waitNoHistory', { place });
}
