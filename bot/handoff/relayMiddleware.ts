/**
 * The relay: caught before the bot runs (handoff.md §4). While the conversation has an open
 * ticket, the customer's messages go to the hub and the bot is not called; the customer's own
 * commands (cancel, status, callback, email) are answered here. On the way out it turns our
 * handoff.initiate event into a ticket and a plain message; the raw event reaches no channel.
 */
import {
  ActivityTypes,
  HandoffEventNames,
  MessageFactory,
  TurnContext,
  type Activity,
  type Middleware,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from '../../adapters/logger';
import type { HandoffService, OpenResult } from '../../handoff/service';
import { isOpen, type ConversationRef, type Ticket } from '../../handoff/types';
import { lineText, relayableAttachments, urlCheckFor, type AttachmentUrlCheck } from './attachments';
import { initiateValueSchema, transcriptLines } from './initiate';
import { surveyScore } from '../../knowledge/conversation';
import { conversationKey, personKey, securityLaneKey } from './keys';
import { RecentTranscript } from './transcript';
import { applyHubStatus } from './hubStatus';
import { hubStatusSource, isHubStatus } from './trustedSources';

/** The serviceUrl of the self-hosted Direct Line (widget) conversations. */
export const DIRECTLINE_SERVICE_URL = 'urn:selfhosted:directline';
/** Our small UI event for the widget: queue position, estimate, agent joined or left. */
export const SUPPORT_QUEUE_EVENT = 'support.queue';

/** turnState key under which the outcome of an initiate sent in this turn is left for the port. */
export const HANDOFF_RESULT_KEY = Symbol('handoffResult');
/** turnState key naming the open ticket a customer message was relayed to (read by the decision log). */
export const HELD_TICKET_KEY = Symbol('heldTicket');
/** turnState flag set by the port: its caller words the confirmation, so no plain message is added. */
export const HANDOFF_VIA_PORT_KEY = Symbol('handoffViaPort');

/** Commands the person can use while waiting or talking to an agent. */
export type CustomerCommand = 'cancel' | 'status' | 'callback' | 'email';
const COMMANDS: Record<string, CustomerCommand> = {
  cancel: 'cancel',
  'cancel request': 'cancel',
  'stop waiting': 'cancel',
  status: 'status',
  callback: 'callback',
  'call back': 'callback',
  'call me back': 'callback',
  email: 'email',
  'email me': 'email',
};

/** The command a message is, or null. Exact phrases only: "cancel my order" is a message for the agent. */
export function customerCommand(text: string | undefined): CustomerCommand | null {
  return (
    COMMANDS[
      (text ?? '')
        .trim()
        .toLowerCase()
        .replace(/[.!]+$/, '')
    ] ?? null
  );
}

/** A satisfaction score 1–5 in figures or words ("4 out of 5", "5 stars", "great"); null otherwise. */
export const csatScore = surveyScore;

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
}

export class HandoffRelayMiddleware implements Middleware {
  readonly transcript: RecentTranscript;
  private readonly now: () => Date;
  private readonly log: Logger;

  constructor(private readonly opts: HandoffRelayOptions) {
    this.transcript = opts.transcript ?? new RecentTranscript();
    this.now = opts.now ?? (() => new Date());
    this.log = opts.logger.child({ component: 'handoff-relay' });
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const key = conversationKey(activity);
    context.onSendActivities(async (ctx, activities, nextSend) => this.onSend(ctx, activities, nextSend));

    if (isHubStatus(activity)) {
      // Only a trusted hub drives the lifecycle; repeats and unknown states are accepted quietly.
      const source = hubStatusSource(context);
      if (!source.trusted)
        this.log.warn('handoff.status refused: not from a trusted hub', {
          conversationKey: key,
          reason: source.reason,
        });
      else if ((await applyHubStatus(this.opts.service, activity)) === 'bad-value')
        this.log.warn('handoff.status ignored: bad value', { conversationKey: key });
      return;
    }
    if (activity.type === ActivityTypes.Typing) return this.typing(key);
    if (activity.type !== ActivityTypes.Message) return next();

    this.transcript.record(key, activity, 'user');
    const { open, latest } = await this.ticketsOf(key);
    if (open && open.category !== 'security' && this.opts.isSecurityIncident?.(activity.text ?? ''))
      return next();
    if (open) return this.whileOpen(context, open);
    if (latest && (await this.survey(context, latest))) return;
    return next();
  }

  /**
   * The customer is typing. While an agent holds the chat it goes to that agent's console (the
   * service throttles it). The bot has nothing to do with typing, so its turn never runs for it:
   * a channel sends one every few seconds while someone types.
   */
  private async typing(key: string): Promise<void> {
    const open = await this.opts.service.tickets.findOpenByConversation(key);
    if (open) this.opts.service.customerTyping(open);
  }

  /**
   * The open ticket and the latest one, in one query for the usual message: a conversation that
   * never had a ticket has neither, and a latest ticket that is open is the conversation's one
   * open ticket. Only when the latest is closed is the open one looked up on its own.
   */
  private async ticketsOf(key: string): Promise<{ open: Ticket | null; latest: Ticket | null }> {
    const { tickets } = this.opts.service;
    const latest = await tickets.latestByConversation(key);
    if (!latest) return { open: null, latest: null };
    // An urgent security ticket opened beside another one takes the person's messages first.
    const urgent = await tickets.findOpenByConversation(securityLaneKey(key));
    if (urgent) return { open: urgent, latest };
    if (isOpen(latest)) return { open: latest, latest };
    return { open: await tickets.findOpenByConversation(key), latest };
  }

  private async whileOpen(context: TurnContext, ticket: Ticket): Promise<void> {
    context.turnState.set(HELD_TICKET_KEY, ticket.ticketId);
    const text = context.activity.text ?? '';
    const command = customerCommand(text);
    const say = async (reply: string) => {
      await this.opts.service.tickets.appendMessage({
        ticketId: ticket.ticketId,
        at: this.now().toISOString(),
        from: 'bot',
        text: reply,
      });
      await context.sendActivity(reply);
    };
    if (command === 'cancel') {
      await this.opts.service.customerSay(ticket, text);
      await this.opts.service.cancel(ticket.conversationKey);
      await context.sendActivity(
        `OK, I've cancelled request ${ticket.ticketId}. You're back with the assistant; how else can I help?`,
      );
      return;
    }
    if (command === 'status') {
      const status = await this.opts.service.status(ticket);
      await say(`Request ${ticket.ticketId}: ${status.text}`);
      await this.sendQueueEvent(context, ticket, status);
      return;
    }
    if ((command === 'callback' || command === 'email') && ticket.status === 'pending') {
      const saved = await this.opts.service.setFollowUp(ticket, command);
      const when = saved.followUp?.at ? ` at ${new Date(saved.followUp.at).toUTCString()}` : '';
      await say(
        command === 'callback'
          ? `Noted: an agent will call you${when} using the contact details on request ${ticket.ticketId}. You can close this chat.`
          : `Noted: an agent will follow up by email on request ${ticket.ticketId}. You can close this chat.`,
      );
      return;
    }
    // Files go with the line (their URLs checked and renewed); a dropped one leaves a placeholder.
    const attachments = context.activity.attachments ?? [];
    const files = relayableAttachments(attachments, this.urlCheck(context.activity));
    const relayed = lineText(text, attachments.length, files);
    if (!relayed && !files.kept.length) return;
    await this.opts.service.customerSay(ticket, relayed, files.kept);
    // While an agent holds the chat the bot is silent; while waiting it confirms once per message.
    if (ticket.status === 'pending') {
      const status = await this.opts.service.status(ticket);
      await say(
        `I've added that to request ${ticket.ticketId}. ${status.text} Type "cancel" to leave the queue.`,
      );
    }
  }

  /** Which attachment URLs this turn may keep: on the widget only ours, elsewhere https too. */
  private urlCheck(activity: Partial<Activity>): AttachmentUrlCheck {
    return urlCheckFor(this.opts.attachmentUrl, activity.serviceUrl === DIRECTLINE_SERVICE_URL);
  }

  /** After an agent closes, the next message may answer the one satisfaction question. */
  private async survey(context: TurnContext, latest: Ticket): Promise<boolean> {
    if (latest.status !== 'resolved' || !latest.csatAsked || latest.csatClosed) return false;
    const score = csatScore(context.activity.text);
    await this.opts.service.recordCsat(latest, score);
    if (score === null) return false; // not an answer: the question lapses and the bot carries on
    await context.sendActivity(`Thank you for rating us ${score}/5. Is there anything else I can help with?`);
    return true;
  }

  private async onSend(
    context: TurnContext,
    activities: Partial<Activity>[],
    nextSend: () => Promise<ResourceResponse[]>,
  ): Promise<ResourceResponse[]> {
    const key = conversationKey(context.activity);
    const out: Partial<Activity>[] = [];
    for (const a of activities) {
      if (a.type === ActivityTypes.Event && a.name === HandoffEventNames.InitiateHandoff) {
        // What replaces the event was made here, after TurnContext addressed the batch: address it too.
        const reference = TurnContext.getConversationReference(context.activity);
        for (const r of await this.openFromInitiate(context, a))
          out.push(TurnContext.applyConversationReference(r, reference));
        continue;
      }
      const agentName = (a.channelData as { agentName?: unknown } | undefined)?.agentName;
      if (typeof agentName === 'string' && context.activity.serviceUrl === DIRECTLINE_SERVICE_URL) {
        // On the widget the agent's name shows as the sender; the role stays bot.
        a.from = { ...(a.from ?? { id: 'bot' }), name: agentName, role: 'bot' } as Activity['from'];
      }
      this.transcript.record(key, a, 'bot');
      out.push(a);
    }
    activities.splice(0, activities.length, ...out);
    if (activities.length === 0) return [];
    return nextSend();
  }

  /** Opens or attaches the ticket; returns what replaces the event in the outgoing batch. */
  private async openFromInitiate(
    context: TurnContext,
    event: Partial<Activity>,
  ): Promise<Partial<Activity>[]> {
    const value = initiateValueSchema.parse(event.value);
    const inbound = context.activity;
    const ref = TurnContext.getConversationReference(inbound) as unknown as ConversationRef;
    const key = conversationKey(inbound);
    const other = await this.opts.service.tickets.findOpenByConversation(key);
    // A security incident never joins a lower-priority ticket: it gets the urgent lane.
    const lane =
      value.category === 'security' && other && other.category !== 'security' ? securityLaneKey(key) : key;
    const result = await this.opts.service.open({
      ticketId: value.ticketId,
      conversationKey: lane,
      personKey: personKey(inbound),
      caseId: value.caseId ?? value.fields.caseId,
      customerRef: ref,
      channelId: inbound.channelId ?? 'unknown',
      category: value.category,
      reason: value.reason,
      summary: value.summary,
      fields: value.fields,
      transcript: transcriptLines(event, this.now(), this.urlCheck(inbound)),
      customerTimeZone: typeof inbound.localTimezone === 'string' ? inbound.localTimezone : undefined,
    });
    context.turnState.set(HANDOFF_RESULT_KEY, result);
    this.log.info('handoff initiated', {
      ticketId: result.ticket.ticketId,
      attached: result.attached,
      category: value.category,
      position: result.position,
    });
    if (this.opts.forwardInitiate)
      await this.opts.forwardInitiate({ ...event, value: { ...value, ticketId: result.ticket.ticketId } });
    const replacement: Partial<Activity>[] = [];
    if (!context.turnState.get(HANDOFF_VIA_PORT_KEY)) {
      replacement.push(
        MessageFactory.text(
          result.attached
            ? `You already have an open request (${result.ticket.ticketId}); I've added this to it. ${result.text}`
            : `I've passed this to our team as request ${result.ticket.ticketId}. ${result.text}`,
        ),
      );
    }
    const queueEvent = this.queueEvent(context, result.ticket, result);
    if (queueEvent) replacement.push(queueEvent);
    return replacement;
  }

  private queueEvent(
    context: TurnContext,
    ticket: Ticket,
    status: Pick<OpenResult, 'position' | 'estimate'>,
  ): Partial<Activity> | null {
    if (context.activity.serviceUrl !== DIRECTLINE_SERVICE_URL) return null;
    return {
      type: ActivityTypes.Event,
      name: SUPPORT_QUEUE_EVENT,
      value: { ticketId: ticket.ticketId, position: status.position, estimate: status.estimate },
    };
  }

  private async sendQueueEvent(
    context: TurnContext,
    ticket: Ticket,
    status: Pick<OpenResult, 'position' | 'estimate'>,
  ): Promise<void> {
    const e = this.queueEvent(context, ticket, status);
    if (e) await context.sendActivity(e);
  }
}
