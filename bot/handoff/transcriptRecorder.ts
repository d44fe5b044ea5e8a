/**
 * Records the conversation's recent lines on the way in and out, so a ticket opened later
 * carries the context the person already gave (the transcript attachment of handoff.initiate).
 */
import type { Activity, TurnContext } from 'botbuilder';
import { conversationKey } from './keys';
import { RecentTranscript } from './transcript';

export class TranscriptRecorder {
  constructor(readonly transcript: RecentTranscript = new RecentTranscript()) {}

  /** The customer's message of this turn. */
  customer(context: TurnContext): void {
    this.transcript.record(conversationKey(context.activity), context.activity, 'user');
  }

  /** What the bot (or an agent through it) sends in this turn's conversation. */
  outgoing(context: TurnContext, activity: Partial<Activity>): void {
    this.transcript.record(conversationKey(context.activity), activity, 'bot');
  }

  /** The last lines of this turn's conversation. */
  recent(context: TurnContext): Partial<Activity>[] {
    return this.transcript.recent(conversationKey(context.activity));
  }
}
