/**
 * The relay: caught before the bot runs (handoff.md §4). It only dispatches; each job lives in
 * its own module: the hub's status (hubStatus.ts), routing while a ticket is open
 * (openTicketRouting.ts) with the person's commands (customerCommands.ts), the survey
 * (survey.ts), turning handoff.initiate into a ticket (initiateToTicket.ts), agent names
 * (agentNames.ts) and the recent transcript (transcriptRecorder.ts).
 */
import {
  ActivityTypes,
  HandoffEventNames,
  TurnContext,
  type Activity,
  type Middleware,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from '../../adapters/logger';
import type { HandoffService } from '../../handoff/service';
import type { AttachmentUrlCheck } from './attachments';
import { showAgentAsSender } from './agentNames';
import { hubStatusTurn } from './hubStatus';
import { ticketFromInitiate } from './initiateToTicket';
import { conversationKey } from './keys';
import { bypassesTicket, routeToTicket, ticketsOf } from './openTicketRouting';
import { onWidget, type RelayDeps } from './relayDeps';
import { answerSurvey } from './survey';
import { RecentTranscript } from './transcript';
import { TranscriptRecorder } from './transcriptRecorder';
import { isHubStatus } from './trustedSources';

// Kept here for the callers that import them from the relay.
export { DIRECTLINE_SERVICE_URL } from '../../adapters/directline/localDirectLineAdapter';
export { SUPPORT_QUEUE_EVENT } from './queueEvent';
export { HANDOFF_RESULT_KEY, HANDOFF_VIA_PORT_KEY } from './initiateToTicket';
export { HELD_TICKET_KEY } from './openTicketRouting';
export { customerCommand, type CustomerCommand } from './customerCommands';
export { csatScore } from './survey';

export interface HandoffRelayOptions {
  service: HandoffService;
  logger: Logger;
  now?: () => Date;
  transcript?: RecentTranscript;
  /** An external hub that should receive the raw handoff.initiate as well (bot-as-proxy hubs). */
  forwardInitiate?: (event: Partial<Activity>) => Promise<void>;
  /**
   * A fresh URL for one of our Direct Line attachment URLs, undefined for any other URL
   * (MountedDirectLine.renewAttachmentUrl). Without it only https files are kept.
   */
  attachmentUrl?: AttachmentUrlCheck;
  /**
   * True for a message that reports an account-security incident. While a ticket of another
   * category is open, such a message goes to the bot (not the agent), so it opens its own urgent
   * ticket with the safety steps instead of waiting in the other one's queue.
   */
  isSecurityIncident?: (text: string) => boolean;
  /**
   * Whether the customer's channel carries the handoff.initiate event itself (HANDOFF_EVENT_CHANNELS):
   * contact centres connected as Direct Line clients watch for it. Off by default.
   */
  initiateReachesChannel?: (channelId: string) => boolean;
}

export class HandoffRelayMiddleware implements Middleware {
  readonly transcript: RecentTranscript;
  private readonly recorder: TranscriptRecorder;
  private readonly deps: RelayDeps;

  constructor(private readonly opts: HandoffRelayOptions) {
    this.transcript = opts.transcript ?? new RecentTranscript();
    this.recorder = new TranscriptRecorder(this.transcript);
    this.deps = {
      service: opts.service,
      log: opts.logger.child({ component: 'handoff-relay' }),
      now: opts.now ?? (() => new Date()),
      attachmentUrl: opts.attachmentUrl,
    };
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const key = conversationKey(activity);
    context.onSendActivities(async (ctx, activities, nextSend) => this.onSend(ctx, activities, nextSend));

    if (isHubStatus(activity)) return hubStatusTurn(this.deps.service, this.deps.log, context);
    if (activity.type === ActivityTypes.Typing) return this.typing(key);
    if (activity.type !== ActivityTypes.Message) return next();

    this.recorder.customer(context);
    const { open, latest } = await ticketsOf(this.deps, key);
    if (open && bypassesTicket(open, activity.text ?? '', this.opts.isSecurityIncident)) return next();
    if (open) return routeToTicket(this.deps, context, open);
    if (latest && (await answerSurvey(this.deps, context, latest))) return;
    return next();
  }

  /**
   * The customer is typing. While an agent holds the chat it goes to that agent's console (the
   * service throttles it). The bot has nothing to do with typing, so its turn never runs for it:
   * a channel sends one every few seconds while someone types.
   */
  private async typing(key: string): Promise<void> {
    const open = await this.deps.service.tickets.findOpenByConversation(key);
    if (open) this.deps.service.customerTyping(open);
  }

  private async onSend(
    context: TurnContext,
    activities: Partial<Activity>[],
    nextSend: () => Promise<ResourceResponse[]>,
  ): Promise<ResourceResponse[]> {
    const out: Partial<Activity>[] = [];
    for (const a of activities) {
      if (a.type === ActivityTypes.Event && a.name === HandoffEventNames.InitiateHandoff) {
        out.push(...(await this.initiate(context, a)));
        continue;
      }
      showAgentAsSender(a, onWidget(context.activity));
      this.recorder.outgoing(context, a);
      out.push(a);
    }
    activities.splice(0, activities.length, ...out);
    if (activities.length === 0) return [];
    return nextSend();
  }

  /**
   * The ticket is opened; the external hub gets the event; the channel gets it too where it
   * carries events (Web Chat ignores it); the person reads the replacement.
   */
  private async initiate(context: TurnContext, event: Partial<Activity>): Promise<Partial<Activity>[]> {
    const { value, replacement } = await ticketFromInitiate(this.deps, context, event);
    const withTicket = { ...event, value };
    if (this.opts.forwardInitiate) await this.opts.forwardInitiate(withTicket);
    // What replaces the event was made here, after TurnContext addressed the batch: address it too.
    const reference = TurnContext.getConversationReference(context.activity);
    const addressed = replacement.map((r) => TurnContext.applyConversationReference(r, reference));
    const toChannel = this.opts.initiateReachesChannel?.(context.activity.channelId ?? '') ?? false;
    return toChannel ? [withTicket, ...addressed] : addressed;
  }
}
