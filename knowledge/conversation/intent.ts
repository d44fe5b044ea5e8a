/**
 * The learned intent of a message, once understanding carries one (knowledge/nlu is being built
 * beside this). Read structurally, so this compiles and behaves the same before it exists: the
 * phrase lists decide alone until then, and the intent adds to them after.
 */
import type { Understanding } from '../understand';

/** Below this confidence a learned intent is not trusted to override what was said before. */
export const INTENT_MIN_CONFIDENCE = 0.7;

interface IntentLike {
  name?: unknown;
  confidence?: unknown;
}

/** The intent's name when it is confident enough, else undefined. */
export function confidentIntent(u: Understanding): string | undefined {
  const intent = (u as { intent?: IntentLike }).intent;
  if (typeof intent?.name !== 'string' || typeof intent.confidence !== 'number') return undefined;
  return intent.confidence >= INTENT_MIN_CONFIDENCE ? intent.name : undefined;
}

/** "status": asks where a case stands ("any news?"). */
export const asksStatus = (u: Understanding): boolean => confidentIntent(u) === 'status';

/** A Help Center topic or an escalation: a question of its own, not an answer to ours. */
export const asksSomethingElse = (u: Understanding): boolean => {
  const name = confidentIntent(u);
  return name !== undefined && (name.startsWith('topic:') || name.startsWith('escalate:'));
};
