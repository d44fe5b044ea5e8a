/**
 * What a client may post into our self-hosted Direct Line: what Web Chat 4.18.1 sends, and
 * nothing more. Anyone with a widget token is a customer, so an activity only the bot, a channel
 * or the agent hub should produce (a `handoff.status` that resolves the ticket an agent holds, a
 * `conversationUpdate` that replays the welcome, an `invoke`) is refused here, before it is
 * stored or runs a turn; the 4xx names the type.
 */
/**
 * Events Web Chat itself posts: `webchat/join` is what its samples send on connect, the feedback
 * event comes from its activity-status feedback buttons. Any other name is our own (`support.*`,
 * sent to the page, never from it) or the hub's.
 */
export const WEBCHAT_EVENT_NAMES: readonly string[] = ['webchat/join', 'webchat:activity-status/feedback'];

/** The Bot Framework event by which the agent hub drives a ticket (handoff.md §1). */
export const HUB_STATUS_EVENT = 'handoff.status';

export type InboundDecision =
  /** `hubStatus`: the trusted hub's handoff.status, applied to the ticket instead of run as a turn. */
  | { accepted: true; hubStatus?: true }
  | {
      accepted: false;
      reason: 'hub-only-event' | 'unknown-event' | 'unsupported-type';
      status: 400 | 403;
      code: string;
      message: string;
      headers?: Record<string, string>;
    };

/** The activity fields the policy reads, as the post schema has parsed them. */
export interface InboundActivity {
  type: string;
  name?: string;
}

/**
 * Whether `activity`, posted by a client, is let in. How often typing may come is a quota
 * (quotas.ts), counted apart from messages. `hub` is true only for a client that presented the
 * agent hub's secret (HANDOFF_WEBHOOK_SECRET): a contact centre connected as a Direct Line
 * client, which may post handoff.status and nothing else of the hub's.
 */
export function inboundDecision(activity: InboundActivity, caller: { hub?: boolean } = {}): InboundDecision {
  const type = activity.type;
  if (type === 'message' || type === 'typing') return { accepted: true };
  if (type === 'event' && caller.hub && activity.name === HUB_STATUS_EVENT)
    return { accepted: true, hubStatus: true };
  if (type === 'event') return eventDecision(activity.name ?? '');
  return {
    accepted: false,
    reason: 'unsupported-type',
    status: 400,
    code: 'BadArgument',
    message: `type: ${quote(type)} is not accepted from a Direct Line client; send message, typing or event`,
  };
}

function eventDecision(name: string): InboundDecision {
  if (WEBCHAT_EVENT_NAMES.includes(name)) return { accepted: true };
  if (name.startsWith('handoff.'))
    return {
      accepted: false,
      reason: 'hub-only-event',
      status: 403,
      code: 'Forbidden',
      message: `event ${quote(name)}: only the agent hub may send it, with its own credential`,
    };
  return {
    accepted: false,
    reason: 'unknown-event',
    status: 400,
    code: 'BadArgument',
    message: `event ${quote(name)} is not accepted from a Direct Line client; accepted: ${WEBCHAT_EVENT_NAMES.join(', ')}`,
  };
}

/** A client-chosen name, quoted and cut short for an error message. */
const quote = (value: string) => JSON.stringify(value.slice(0, 64));
