/**
 * Delivery to the customer outside their own turn (agent messages, queue updates, closing):
 * through the adapter that owns the conversation reference (channels-and-auth.md §6).
 */
import {
  ActivityTypes,
  MessageFactory,
  type Activity,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../adapters/logger';
import type { CustomerNote, HubEvent, Notifier } from '../../handoff/ports';
import type { Ticket } from '../../handoff/types';
import { DIRECTLINE_SERVICE_URL } from '../../adapters/directline/localDirectLineAdapter';
import { SUPPORT_QUEUE_EVENT } from './queueEvent';
import { agentText } from './agentNames';

/** What both CloudAdapter and our Direct Line adapter offer for proactive turns. */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface ProactiveNotifierOptions {
  /** Runs conversations of Azure channels (Teams, Slack, Emulator…). */
  cloudAdapter?: ProactiveAdapter;
  /** Runs widget conversations (serviceUrl urn:selfhosted:directline). */
  directLineAdapter?: ProactiveAdapter;
  /** MicrosoftAppId ('' when authentication is off). */
  appId: string;
  /** Receives agent-side events (the agent hub's sockets). Set later with {@link ProactiveNotifier.setAgentSink}. */
  agentSink?: { broadcast(event: HubEvent): void };
  logger: Logger;
  /** How long an agent action waits for the customer's channel before moving on (default 3000 ms). */
  deliveryWaitMs?: number;
}

/** The satisfaction survey's answers, offered as buttons (1 = not at all, 5 = very). */
export const SURVEY_SCORES = ['1', '2', '3', '4', '5'];

/** Picks the adapter for a reference: the Direct Line sentinel, or CloudAdapter for the rest. */
export function adapterFor(
  ref: { serviceUrl?: string },
  opts: Pick<ProactiveNotifierOptions, 'cloudAdapter' | 'directLineAdapter'>,
): ProactiveAdapter | undefined {
  return ref.serviceUrl === DIRECTLINE_SERVICE_URL ? opts.directLineAdapter : opts.cloudAdapter;
}

/** The activities one note becomes on a channel: the agent's name prefixed where the bot's identity shows. */
export function noteActivities(
  note: CustomerNote,
  ref: { serviceUrl?: string },
  ticketId: string,
): Partial<Activity>[] {
  const widget = ref.serviceUrl === DIRECTLINE_SERVICE_URL;
  const text = agentText(note.text, note.agentName, widget);
  // The survey's scores as buttons; typed figures and words are read as well (survey.ts).
  const message = note.survey
    ? MessageFactory.suggestedActions(SURVEY_SCORES, text)
    : MessageFactory.text(text);
  if (note.agentName) message.channelData = { agentName: note.agentName };
  if (note.attachments?.length)
    message.attachments = note.attachments.map((f) => ({
      contentType: f.contentType,
      contentUrl: f.url,
      name: f.name,
    }));
  const out: Partial<Activity>[] = [message];
  if (widget && (note.queue || note.status)) {
    out.push({
      type: ActivityTypes.Event,
      name: SUPPORT_QUEUE_EVENT,
      value: {
        ticketId,
        position: note.queue?.position ?? null,
        estimate: note.queue?.estimate ?? null,
        state: note.status ?? null,
      },
    });
  }
  return out;
}

/** A typing activity; on the widget the relay shows it under the agent's name (channelData.agentName). */
export function typingActivity(agentName: string): Partial<Activity> {
  return { type: ActivityTypes.Typing, channelData: { agentName } };
}

/** {@link Notifier} for the bot: proactive messages to customers, socket pushes to agents. */
export class ProactiveNotifier implements Notifier {
  private agentSink?: { broadcast(event: HubEvent): void };
  private readonly chains = new Map<string, Promise<void>>();
  /** Watchers of this instance's agent events (the metrics), apart from the sink they go to. */
  private readonly watchers: Array<(event: HubEvent) => void> = [];

  constructor(private opts: ProactiveNotifierOptions) {
    this.agentSink = opts.agentSink;
  }

  /** Adapters built after the notifier (the Direct Line adapter) are plugged in here. */
  setAdapters(adapters: Pick<ProactiveNotifierOptions, 'cloudAdapter' | 'directLineAdapter'>): void {
    this.opts = { ...this.opts, ...adapters };
  }

  /** The hub is mounted after the service exists; it plugs its sockets in here. */
  setAgentSink(sink: { broadcast(event: HubEvent): void }): void {
    this.agentSink = sink;
  }

  /**
   * Delivers in order per ticket. The caller (an agent's HTTP request) waits at most
   * `deliveryWaitMs`: a dead channel retries for ~11 s (channels-and-auth.md §6) and must not
   * hold the agent's console; the delivery carries on in the background and is logged.
   */
  async toCustomer(ticket: Ticket, note: CustomerNote): Promise<void> {
    const delivery = this.enqueue(ticket, () =>
      this.deliver(ticket, noteActivities(note, ticket.customerRef, ticket.ticketId)),
    );
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.opts.deliveryWaitMs ?? 3000);
    });
    await Promise.race([delivery, waited]);
    clearTimeout(timer);
  }

  /**
   * The agent is typing. Queued behind the ticket's messages, so an indicator never lands after
   * the message it announced; nobody waits for it, and a lost one costs nothing.
   */
  typingToCustomer(ticket: Ticket, agentName: string): void {
    void this.enqueue(ticket, () => this.deliver(ticket, [typingActivity(agentName)]));
  }

  /** Runs `send` after everything already queued for the ticket; the chain forgets itself when done. */
  private enqueue(ticket: Ticket, send: () => Promise<void>): Promise<void> {
    const previous = this.chains.get(ticket.ticketId) ?? Promise.resolve();
    const delivery = previous.then(send);
    this.chains.set(ticket.ticketId, delivery);
    void delivery.then(() => {
      if (this.chains.get(ticket.ticketId) === delivery) this.chains.delete(ticket.ticketId);
    });
    return delivery;
  }

  private async deliver(ticket: Ticket, activities: Partial<Activity>[]): Promise<void> {
    const ref = ticket.customerRef as unknown as Partial<ConversationReference>;
    const adapter = adapterFor(ref, this.opts);
    if (!adapter) {
      this.opts.logger.warn('no adapter for customer conversation', {
        ticketId: ticket.ticketId,
        serviceUrl: ref.serviceUrl,
      });
      return;
    }
    try {
      await adapter.continueConversationAsync(this.opts.appId, ref, async (context) => {
        await context.sendActivities(activities);
      });
    } catch (err) {
      // A dead channel must not fail the agent's action; the line is in the transcript anyway.
      this.opts.logger.error('proactive delivery failed', { err: err as Error, ticketId: ticket.ticketId });
    }
  }

  toAgents(event: HubEvent): void {
    this.agentSink?.broadcast(event);
    for (const watch of this.watchers) watch(event);
  }

  /** Calls `watch` with every agent event this instance raises (never with those heard from others). */
  watchAgentEvents(watch: (event: HubEvent) => void): void {
    this.watchers.push(watch);
  }
}
