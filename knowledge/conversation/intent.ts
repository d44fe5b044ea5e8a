/**
 * What the conversation reads from the learned intent (knowledge/nlu): whether a message asks
 * where a case stands, and whether it asks something of its own rather than answering the bot.
 */
import { readsAsSecurity } from '../rule';
import type { Understanding } from '../understand';
import { BACK_REFERENCES } from './phrasings';

/** Below this confidence a learned intent is not trusted to override what was said before. */
export const INTENT_MIN_CONFIDENCE = 0.7;

/** The intent's name when it is confident enough, else undefined. */
export function confidentIntent(u: Understanding): string | undefined {
  return u.intent.confidence >= INTENT_MIN_CONFIDENCE ? u.intent.name : undefined;
}

/** "status": asks where a case stands ("any news?"). */
export const asksStatus = (u: Understanding): boolean => confidentIntent(u) === 'status';

/** A Help Center topic or an escalation: a question of its own, not an answer to ours. */
export const asksSomethingElse = (u: Understanding): boolean => {
  const name = confidentIntent(u);
  return name !== undefined && (name.startsWith('topic:') || name.startsWith('escalate:'));
};

/** The message names an order or case id. */
export const namesId = (u: Understanding): boolean => u.ids.cases.length + u.ids.orders.length > 0;

/** A Help Center topic is the likeliest reading (confident or not). */
export const namesTopic = (u: Understanding): boolean => u.intent.name.startsWith('topic:');

/** An account compromise, as the rule reads it: never swallowed as an answer or a follow-up. */
export const securitySignal = (u: Understanding): boolean => readsAsSecurity(u);

/** Words at most in a bare follow-up ("why not?", "weekly or every 2 weeks?"). */
export const BARE_FOLLOW_UP_WORDS = 6;
/** Intents about the conversation itself: never a follow-up on the answer just given. */
const CONVERSATION_INTENTS = new Set(['greeting', 'goodbye', 'thanks', 'human', 'help', 'out_of_scope']);

/**
 * A short message that brings nothing of its own (no case, id, date, or confident other topic),
 * so it can only be about what was just answered: "why not?", "weekly or every 2 weeks?". The
 * model reads such fragments alone and guesses; the conversation knows what they are about.
 */
export function isBareFollowUp(u: Understanding, topic: string): boolean {
  if (u.words > BARE_FOLLOW_UP_WORDS) return false;
  if (u.process || u.start || namesId(u)) return false;
  const name = confidentIntent(u);
  if (name === undefined) return true;
  if (CONVERSATION_INTENTS.has(name)) return false;
  return !name.startsWith('topic:') || name === `topic:${topic}`;
}

/** The last topic keeps an unsure follow-up when the model gives it at least this score. */
export const LAST_TOPIC_MIN = 0.1;

/**
 * Right after an answer, a message the model is unsure of ("Thank you. How long does the transfer
 * take to reach a UK bank?" after a payouts answer: refunds 0.46, payouts 0.21) that still gives
 * the topic just answered some weight, and names no running case, date or id of its own, is read
 * as asking more about that topic: the conversation is the better evidence.
 */
export function leansOnLastTopic(u: Understanding, topic: string): boolean {
  if (confidentIntent(u) !== undefined) return false;
  if (u.start || u.process?.running || namesId(u)) return false;
  const score = u.intent.ranking.find((r) => r.name === `topic:${topic}`)?.confidence ?? 0;
  // An unsure "not ours" inside a conversation about ours, or a word pointing back ("can I do it
  // from the app?"), is about what was just said, not a new subject.
  return score >= LAST_TOPIC_MIN || u.intent.name === 'out_of_scope' || refersBack(u.normalised);
}

function refersBack(normalised: string): boolean {
  const words = new Set(normalised.split(/[^a-z]+/));
  return BACK_REFERENCES.some((w) => words.has(w));
}
