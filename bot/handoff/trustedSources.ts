/**
 * Who may drive a ticket with `handoff.status` (accept, fail, complete): the agent hub, never the
 * customer. Two sources are trusted: the configured external hub, posting to /api/messages with
 * its secret (HANDOFF_WEBHOOK_SECRET as a bearer), and a channel whose request Bot Framework
 * authentication verified. A customer's own channel is not, however it is reached: the widget's
 * self-hosted Direct Line (the server refuses the event before a turn; this is the second lock),
 * and Azure's Direct Line and Web Chat channels, whose clients are browsers that can post any
 * event into their conversation.
 */
import crypto from 'node:crypto';
import { HandoffEventNames, type Activity, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, type ClaimsIdentity } from 'botframework-connector';
import { DIRECTLINE_SERVICE_URL } from '../../adapters/directline/localDirectLineAdapter';

/** Azure channels whose clients (Web Chat, DirectLineJS in a page) the customer controls. */
export const CUSTOMER_SCRIPTABLE_CHANNELS: readonly string[] = ['directline', 'webchat'];

export type HubStatusSource =
  | { trusted: true; via: 'authenticated-channel' }
  | { trusted: false; reason: 'customer-channel' | 'unauthenticated' };

/** True for the hub's `handoff.status` event. */
export function isHubStatus(activity: Partial<Activity>): boolean {
  return activity.type === 'event' && activity.name === HandoffEventNames.HandoffStatus;
}

/** Whether this turn's `handoff.status` may change a ticket (the relay asks before acting). */
export function hubStatusSource(context: TurnContext): HubStatusSource {
  const activity = context.activity;
  if (
    activity.serviceUrl === DIRECTLINE_SERVICE_URL ||
    CUSTOMER_SCRIPTABLE_CHANNELS.includes(activity.channelId ?? '')
  )
    return { trusted: false, reason: 'customer-channel' };
  // CloudAdapter leaves the verified identity here; with authentication off it is anonymous.
  const identity = context.turnState.get(context.adapter.BotIdentityKey) as ClaimsIdentity | undefined;
  return identity && verified(identity)
    ? { trusted: true, via: 'authenticated-channel' }
    : { trusted: false, reason: 'unauthenticated' };
}

/** An identity from a checked token: botbuilder's anonymous ones carry no claims, or the anonymous skill's id. */
function verified(identity: ClaimsIdentity): boolean {
  return (
    identity.isAuthenticated &&
    identity.claims.length > 0 &&
    identity.getClaimValue(AuthenticationConstants.AppIdClaim) !== AuthenticationConstants.AnonymousSkillAppId
  );
}

/** True when `authorization` is `Bearer <secret>` for a configured, non-empty hub secret. */
export function hubCredentialMatches(authorization: string | undefined, secret: string | undefined): boolean {
  if (!secret) return false;
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!m) return false;
  // Hashes first: timingSafeEqual needs equal lengths, and the length must not leak either.
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(digest(m[1]), digest(secret));
}
