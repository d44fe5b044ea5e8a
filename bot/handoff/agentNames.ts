/**
 * Who is speaking when an agent writes through the bot (handoff.md §4.3). On the widget the
 * agent's display name becomes the sender's name (the role stays bot, so Web Chat shows it on
 * the bot's side with the agent's own avatar); on every other channel the bot's identity shows,
 * so the name is written in front of the text.
 */
import type { Activity } from 'botbuilder';

/** Marks an activity as an agent's, for the relay and the widget's avatar. */
export interface AgentMark {
  agentName: string;
}

/** The agent's name an outgoing activity carries, if any. */
export function agentNameOf(activity: Partial<Activity>): string | undefined {
  const name = (activity.channelData as Partial<AgentMark> | undefined)?.agentName;
  return typeof name === 'string' && name ? name : undefined;
}

/** On the widget: the agent's name as the sender. Elsewhere the activity is left as it is. */
export function showAgentAsSender(activity: Partial<Activity>, widget: boolean): void {
  const agentName = agentNameOf(activity);
  if (!agentName || !widget) return;
  const bot = activity.from ?? { id: 'bot', name: '' };
  // An id of its own: Web Chat groups messages by sender, and the agent is another speaker (their
  // own avatar, not the assistant's group). Still role bot: the bot account sends it.
  activity.from = {
    ...bot,
    id: `${bot.id}/agent/${encodeURIComponent(agentName)}`,
    name: agentName,
    role: 'bot',
  } as Activity['from'];
}

/** The text as the person reads it: prefixed with the agent's name where the bot's identity shows. */
export function agentText(text: string, agentName: string | undefined, widget: boolean): string {
  return agentName && !widget ? `${agentName}: ${text}` : text;
}
