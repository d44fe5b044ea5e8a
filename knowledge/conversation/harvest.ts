/**
 * Facts a message gives, wherever in the conversation it comes: the case id, the process and
 * its start, the person's role, Dispatched by Kingston Express, an email address. Kept in the
 * memory so nothing already said is asked again.
 */
import { z } from 'zod';
import type { CaseFacts } from '../types';
import type { Understanding } from '../understand';
import type { ConversationMemory } from './memory';
import { DISPATCH_CUES, ROLE_CUES } from './phrasings';
import { normaliseReply } from './words';

const has = (t: string, phrases: readonly string[]) => phrases.some((p) => ` ${t} `.includes(` ${p} `));

/** The person's role on the order, when the message says it. */
export function roleOf(text: string): 'buyer' | 'seller' | undefined {
  const t = normaliseReply(text);
  const seller = has(t, ROLE_CUES.seller);
  const buyer = has(t, ROLE_CUES.buyer);
  return seller === buyer ? undefined : seller ? 'seller' : 'buyer';
}

/** An email address anywhere in the text (phone numbers look like order numbers, so only when asked). */
export function emailIn(text: string): string | undefined {
  const email = /[^\s@<>(),;:]+@[^\s@<>(),;:]+\.[a-z]{2,}/i.exec(text)?.[0];
  return email && z.email().safeParse(email).success ? email : undefined;
}

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
  if (u.process && !facts) {
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
  const t = normaliseReply(text);
  if (has(t, DISPATCH_CUES.no)) next.dispatchedByKx = false;
  else if (has(t, DISPATCH_CUES.yes)) next.dispatchedByKx = true;
  const email = emailIn(text);
  if (email) next.contact = { method: 'email', value: email };
  return next;
}
