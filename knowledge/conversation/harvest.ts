/**
 * Facts a message gives, wherever in the conversation it comes: the case id, the process and
 * its start, the person's role, Dispatched by Kingston Express, an email address. Kept in the
 * memory so nothing already said is asked again.
 */
import { z } from 'zod';
import type { CaseFacts } from '../types';
import type { Understanding } from '../understand';
import type { ConversationMemory } from './memory';
import { phrasings } from './phrasings';
import { containsPhrase as has, normaliseReply, saysDispatchedByUs } from './words';

/** The person's role on the order, when the message says it. */
export function roleOf(text: string): 'buyer' | 'seller' | undefined {
  const t = normaliseReply(text);
  const { roles } = phrasings();
  // "I'm the buyer on another order" says it outright, though "the buyer" alone leans the other way.
  const outright = sideOf(has(t, roles.saidOutright.seller), has(t, roles.saidOutright.buyer));
  return outright ?? sideOf(has(t, roles.seller), has(t, roles.buyer));
}

const sideOf = (seller: boolean, buyer: boolean): 'buyer' | 'seller' | undefined =>
  seller === buyer ? undefined : seller ? 'seller' : 'buyer';

/** An email address anywhere in the text (phone numbers look like order numbers, so only when asked). */
export function emailIn(text: string): string | undefined {
  const email = /[^\s@<>(),;:]+@[^\s@<>(),;:]+\.[a-z]{2,}/i.exec(text)?.[0];
  return email && z.email().safeParse(email).success ? email : undefined;
}

/** Readings that talk about a case rather than ask about a subject of their own. */
const CASE_TALK: ReadonlySet<string> = new Set(['status', 'calm', 'escalate:stalled']);

/** A case is dated in the memory and the message brings no date or id of its own. */
const nothingNewOnDatedCase = (memory: ConversationMemory, u: Understanding): boolean =>
  memory.process !== undefined &&
  memory.startedAt !== undefined &&
  !u.start &&
  u.ids.cases.length + u.ids.orders.length === 0;

/**
 * "that's my money just sitting there" about a dated chargeback, "just refund it now" about a
 * return being inspected: a word of another process said while talking about the case already
 * dated (no date or id of its own, read as a feeling or a status) is that case, not a new one.
 */
export const talksAboutDatedCase = (memory: ConversationMemory, u: Understanding): boolean =>
  nothingNewOnDatedCase(memory, u) && CASE_TALK.has(u.intent.name);

/**
 * "can I pay with Apple Pay for a new order?" in the middle of a dated dispute: a process named in
 * passing, with nothing to say the person is inside it (no date, no id, not read as running), is an
 * aside; the dated case stays for when they come back to it.
 */
export const leavesDatedCase = (memory: ConversationMemory, u: Understanding): boolean =>
  nothingNewOnDatedCase(memory, u) && (CASE_TALK.has(u.intent.name) || u.process?.running === false);

/** The memory with what this message (and the record it named) establishes. */
export function harvest(
  memory: ConversationMemory,
  text: string,
  u: Understanding,
  facts: CaseFacts | null,
): ConversationMemory {
  const next: ConversationMemory = { ...memory };
  const id = facts?.id ?? u.ids.cases[0] ?? u.ids.orders[0];
  if (id && memory.caseId && id !== memory.caseId) {
    // Another case: what was established about the earlier one no longer applies.
    next.process = undefined;
    next.startedAt = undefined;
    next.startApproximate = undefined;
    next.lastStatus = undefined;
  }
  if (id) next.caseId = id;
  if (facts) {
    if (facts.process) next.process = facts.process;
    next.startedAt = new Date(facts.openedAt).toISOString();
    next.startApproximate = false;
    next.dispatchedByKx = facts.dispatchedByKx;
  }
  if (u.process && !facts && !leavesDatedCase(next, u)) {
    if (u.process.process !== next.process) {
      next.startedAt = undefined;
      next.startApproximate = undefined;
      next.lastStatus = undefined;
    }
    next.process = u.process.process;
  }
  if (u.start && !facts) {
    next.startedAt = u.start.startedAt.toISOString();
    next.startApproximate = u.start.approximate;
  }
  const role = roleOf(text);
  if (role) next.role = role;
  if (u.dispatchDenied) next.dispatchedByKx = false;
  else if (saysDispatchedByUs(text, u)) next.dispatchedByKx = true;
  const email = emailIn(text);
  if (email) next.contact = { method: 'email', value: email };
  return next;
}
