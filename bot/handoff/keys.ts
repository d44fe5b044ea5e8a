/** How the handoff side names a conversation and a person, from an activity. */
import type { Activity } from 'botbuilder';

/** The customer's conversation: one open ticket at most per key. */
export function conversationKey(activity: Partial<Activity>): string {
  return `${activity.channelId ?? 'unknown'}:${activity.conversation?.id ?? 'unknown'}`;
}

/** The person: the Entra object id when the channel gives one (the same person on every channel), else the channel user id. */
export function personKey(activity: Partial<Activity>): string {
  const from = activity.from;
  if (from?.aadObjectId) return `aad:${from.aadObjectId}`;
  return `${activity.channelId ?? 'unknown'}:${from?.id ?? 'unknown'}`;
}

/**
 * The conversation's urgent lane: an account-security ticket opened while another ticket of the
 * conversation is open gets this key, so it is its own ticket at its own priority, never folded
 * into the other (the store keeps one open ticket per key).
 */
export function securityLaneKey(conversationKey: string): string {
  return `${conversationKey}#security`;
}
