/**
 * Orchestrates the handoff over the ports: opening and attaching, claiming, the live relay,
 * closing, the survey and the expiry sweep. Decisions come from the pure modules beside it;
 * this file only sequences reads, conditional writes and notifications.
 */
import { randomBytes } from 'node:crypto';
import type { Category } from '../knowledge/types';
import { offHoursOffer, nextOpening, type OffHoursOffer, type SupportHours } from './hours';
import { transition, type Refusal, type TicketEvent } from './lifecycle';
import type { Agent, Notifier, TicketStore } from './ports';
import type { AgentPresence } from './presence';
import { describePlace, describeWait, estimateWait, normaliseCaseId, type WaitEstimate } from './queue';
import { transferMessage, type TransferTarget } from './transfer';
import { TypingThrottle } from './typing';
import { defaultHandoffWording, type HandoffWording } from './wording';
import {
  intakeFieldsSchema,
  isOpen,
  type CategoryPriorities,
  type ConversationRef,
  type FollowUp,
  type IntakeFields,
  type MessageAttachment,
  type MessageAuthor,
  type Ticket,
  type TicketMessage,
  type TicketStatus,
} from './types';

/** One earlier line of the conversation, with the files it carried (already checked by the caller). */
export interface TranscriptLine {
  from: MessageAuthor;
  text: string;
  at: string;
  attachments?: MessageAttachment[];
}

/** A request to hand a conversation to a person, as the bot side builds it. */
export interface OpenRequest {
  /** Chosen by the caller so the handoff.initiate event can carry it; a new one when absent. */
  ticketId?: string;
  conversationKey: string;
  personKey: string;
  caseId?: string;
  customerRef: ConversationRef;
  channelId: string;
  category: Category;
  reason: string;
  summary: string;
  fields: IntakeFields;
  /** Earlier lines of the conversation, attached to a new ticket. */
  transcript?: TranscriptLine[];
  customerTimeZone?: string;
}

/** Where the person stands: queue position, honest estimate, off-hours offer, one sentence. */
export interface QueueStatus {
  position: number | null;
  estimate: WaitEstimate;
  offHours: OffHoursOffer | null;
  text: string;
}

export interface OpenResult extends QueueStatus {
  ticket: Ticket;
  attached: boolean;
}

/** Why an agent action did not happen; `status` is the ticket's state when that explains it. */
export type ActionRefusal = {
  ok: false;
  reason: 'not-found' | 'taken' | 'not-holder' | 'not-allowed' | 'empty' | 'conflict' | 'same-agent';
  status?: TicketStatus;
};
export type ActionResult<T> = { ok: true; value: T } | ActionRefusal;

export interface HandoffServiceOptions {
  store: TicketStore;
  notifier: Notifier;
  presence: AgentPresence;
  priorities: CategoryPriorities;
  hours: SupportHours;
  now: () => Date;
  /** How long a ticket waits in the queue during working hours before it expires. */
  queueTimeoutMs?: number;
  newTicketId?: () => string;
  /** How many finished chats feed the wait estimate. */
  historySize?: number;
  /** What the person is told (knowledge/policy/handoffWording.yaml when absent). */
  wording?: HandoffWording;
}

const DEFAULT_QUEUE_TIMEOUT_MS = 4 * 60 * 60 * 1000;
/** How the lifecycle's refusals reach agents. */
const REFUSALS: Record<Refusal['reason'], ActionRefusal['reason']> = {
  'not-allowed': 'not-allowed',
  'empty-resolution': 'empty',
  'empty-note': 'empty',
  'same-agent': 'same-agent',
  'not-asked': 'not-allowed',
};
const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random, unambiguous ticket id such as "T-7KQ2M9": safe across instances without a counter. */
export function randomTicketId(): string {
  return `T-${[...randomBytes(6)].map((b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('')}`;
}

export class HandoffService {
  private readonly store: TicketStore;
  private readonly notifier: Notifier;
  private readonly lastToldPosition = new Map<string, number>();
  private readonly typing = new TypingThrottle();
  /** The customer-facing sentences, filled in. */
  readonly words: HandoffWording;

  constructor(private readonly opts: HandoffServiceOptions) {
    this.store = opts.store;
    this.notifier = opts.notifier;
    this.words = opts.wording ?? defaultHandoffWording();
  }

  /** Opens a ticket, or adds the request to the open one for this conversation or person and case. */
  async open(req: OpenRequest): Promise<OpenResult> {
    const now = this.opts.now();
    const fields = intakeFieldsSchema.parse(req.fields);
    const { priority, rank } = this.opts.priorities[req.category];
    const online = this.opts.presence.count(now);
    const draft: Ticket = {
      ticketId: req.ticketId ?? (this.opts.newTicketId ?? randomTicketId)(),
      conversationKey: req.conversationKey,
      personKey: req.personKey,
      caseId: normaliseCaseId(req.caseId ?? fields.caseId),
      customerRef: req.customerRef,
      channelId: req.channelId,
      category: req.category,
      priority,
      rank,
      reason: req.reason,
      summary: req.summary,
      fields,
      status: 'pending',
      createdAt: now.toISOString(),
      expiresAt: this.queueDeadline(now),
      version: 1,
      customerTimeZone: req.customerTimeZone,
    };
    const { ticket, attached } = await this.store.open(draft);
    if (attached) {
      await this.addLine(
        ticket,
        'system',
        `The customer asked again (${req.category}): ${fields.whatHappened}`,
      );
    } else {
      for (const line of req.transcript ?? [])
        await this.store.appendMessage({ ticketId: ticket.ticketId, ...line });
      await this.addLine(ticket, 'system', `Ticket opened: ${req.summary}`);
      this.notifier.toAgents({ type: 'queue' });
    }
    const status = await this.statusOf(ticket, online);
    if (status.position !== null) this.lastToldPosition.set(ticket.ticketId, status.position);
    return { ticket, attached, ...status };
  }

  /** When a ticket entering the queue at `now` expires; off hours it starts at the next opening, so it survives the night. */
  private queueDeadline(now: Date): string {
    const start = Math.max(now.getTime(), nextOpening(now, this.opts.hours).getTime());
    return new Date(start + (this.opts.queueTimeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS)).toISOString();
  }

  /** Handling times of the latest resolved tickets, for the wait estimate. */
  private handlingHistory(): Promise<number[]> {
    return this.store.recentHandlingTimes(this.opts.historySize ?? 20);
  }

  /** Position, estimate and off-hours offer for an open ticket. */
  async status(ticket: Ticket): Promise<QueueStatus> {
    return this.statusOf(ticket, this.opts.presence.count(this.opts.now()));
  }

  /**
   * `known`: what the caller already read for the whole queue (announcePositions), so a queue of n
   * tickets is not n position counts and n history reads.
   */
  private async statusOf(
    ticket: Ticket,
    online: number,
    known?: { place: number; history: number[] },
  ): Promise<QueueStatus> {
    if (ticket.status === 'assigned') {
      const agent = ticket.agentName ?? this.words.say('anAgent');
      return {
        position: null,
        estimate: { kind: 'unknown', why: 'no-history' },
        offHours: null,
        text: this.words.say('withAgent', { agent }),
      };
    }
    const position = known ? known.place : await this.store.queuePosition(ticket.ticketId);
    const history = known ? known.history : await this.handlingHistory();
    const estimate =
      position === null
        ? ({ kind: 'unknown', why: 'no-history' } as const)
        : estimateWait(position, history, online);
    const offHours = offHoursOffer(
      this.opts.now(),
      this.opts.hours,
      online,
      ticket.customerTimeZone,
      this.words,
    );
    const text = offHours
      ? [describePlace(position, this.words), offHours.text].filter(Boolean).join(' ')
      : describeWait(position, estimate, this.words);
    return { position, estimate, offHours, text };
  }

  /** An agent takes a pending ticket; exactly one of two racing agents wins. */
  async claim(ticketId: string, agent: Agent): Promise<ActionResult<Ticket>> {
    const now = this.opts.now();
    const current = await this.store.get(ticketId);
    if (!current) return { ok: false, reason: 'not-found' };
    const won = await this.store.claim(ticketId, agent.id, agent.name, now);
    if (!won)
      return {
        ok: false,
        reason: current.status === 'pending' || current.status === 'assigned' ? 'taken' : 'not-allowed',
      };
    this.lastToldPosition.delete(ticketId);
    await this.addLine(won, 'system', `${agent.name} joined.`);
    await this.notifier.toCustomer(won, {
      text: this.words.say('agentJoined', { agent: agent.name }),
      status: 'accepted',
    });
    this.notifier.toAgents({ type: 'ticket', ticketId, status: won.status, agentId: agent.id });
    this.notifier.toAgents({ type: 'queue' });
    await this.announcePositions();
    return { ok: true, value: won };
  }

  /** The agent holding the ticket writes to the person. */
  async agentSay(ticketId: string, agent: Agent, text: string): Promise<ActionResult<TicketMessage>> {
    if (!text.trim()) return { ok: false, reason: 'empty' };
    const ticket = await this.store.get(ticketId);
    if (!ticket) return { ok: false, reason: 'not-found' };
    if (ticket.status !== 'assigned' || ticket.agentId !== agent.id)
      return { ok: false, reason: 'not-holder' };
    const message = await this.addLine(ticket, 'agent', text.trim(), agent.id);
    await this.notifier.toCustomer(ticket, { text: text.trim(), agentName: agent.name });
    return { ok: true, value: message };
  }

  /**
   * The holder sends the person a file (already stored and checked by the caller), with an
   * optional line of text; it joins the transcript like the customer's files.
   */
  async agentSendFile(
    ticketId: string,
    agent: Agent,
    file: MessageAttachment,
    text = '',
  ): Promise<ActionResult<TicketMessage>> {
    const ticket = await this.store.get(ticketId);
    if (!ticket) return { ok: false, reason: 'not-found' };
    if (ticket.status !== 'assigned' || ticket.agentId !== agent.id)
      return { ok: false, reason: 'not-holder', status: ticket.status };
    const message = await this.addLine(ticket, 'agent', text.trim(), agent.id, [file]);
    await this.notifier.toCustomer(ticket, { text: text.trim(), agentName: agent.name, attachments: [file] });
    return { ok: true, value: message };
  }

  /**
   * The person wrote while a ticket is open: it joins the transcript and reaches the agent, with
   * the files sent alongside (URLs the caller has checked and renewed).
   */
  async customerSay(ticket: Ticket, text: string, attachments?: MessageAttachment[]): Promise<TicketMessage> {
    return this.addLine(ticket, 'customer', text, undefined, attachments);
  }

  /**
   * An internal note: any signed-in agent, on any ticket (a follow-up note after closing is
   * normal). It joins the transcript for agents and is never sent to the customer.
   */
  async addNote(ticketId: string, agent: Agent, text: string): Promise<ActionResult<TicketMessage>> {
    if (!text.trim()) return { ok: false, reason: 'empty' };
    const ticket = await this.store.get(ticketId);
    if (!ticket) return { ok: false, reason: 'not-found' };
    return { ok: true, value: await this.addLine(ticket, 'note', text.trim(), agent.id) };
  }

  /**
   * The holder hands the chat to another agent, or back to the queue (of another category when
   * it was filed under the wrong one). The reason is kept as a note for the next agent; the
   * customer is told only where they are going. A close racing the transfer wins or loses
   * whole: the write is conditional on the version read.
   */
  async transfer(
    ticketId: string,
    agent: Agent,
    target: TransferTarget,
    note: string,
  ): Promise<ActionResult<Ticket>> {
    if (!note.trim()) return { ok: false, reason: 'empty' };
    const event = (current: Ticket): TicketEvent => {
      if (target.kind === 'agent')
        return { type: 'transfer', agentId: target.agentId, agentName: target.agentName, note };
      const category = target.category ?? current.category;
      return {
        type: 'requeue',
        category,
        ...this.opts.priorities[category],
        expiresAt: this.queueDeadline(this.opts.now()),
        note,
      };
    };
    const r = await this.apply(ticketId, event, agent.id);
    if (!r.ok) return r;
    const ticket = r.value;
    await this.addLine(
      ticket,
      'system',
      target.kind === 'agent'
        ? `${agent.name} transferred the ticket to ${target.agentName}.`
        : `${agent.name} transferred the ticket to the ${ticket.category} queue.`,
    );
    await this.addLine(ticket, 'note', note.trim(), agent.id);
    this.notifier.toAgents({
      type: 'transfer',
      ticketId,
      fromAgentId: agent.id,
      toAgentId: target.kind === 'agent' ? target.agentId : undefined,
      category: ticket.category,
    });
    if (target.kind === 'agent') {
      await this.notifier.toCustomer(ticket, { text: transferMessage(ticket, this.words) });
      return { ok: true, value: ticket };
    }
    const status = await this.status(ticket);
    if (status.position !== null) this.lastToldPosition.set(ticketId, status.position);
    await this.notifier.toCustomer(ticket, {
      text: `${transferMessage(ticket, this.words)} ${status.text}`.trim(),
      queue: { position: status.position, estimate: status.estimate },
    });
    await this.announcePositions();
    return { ok: true, value: ticket };
  }

  /** The customer is typing: the agent holding the ticket sees it (throttled). Returns whether it was passed on. */
  customerTyping(ticket: Ticket): boolean {
    if (ticket.status !== 'assigned' || !ticket.agentId) return false;
    if (!this.typing.pass(ticket.ticketId, 'to-agent', this.opts.now())) return false;
    this.notifier.toAgents({ type: 'typing', ticketId: ticket.ticketId, forAgentId: ticket.agentId });
    return true;
  }

  /** The holder is typing: the customer sees it (throttled). `value` says whether it was passed on. */
  async agentTyping(ticketId: string, agent: Agent): Promise<ActionResult<boolean>> {
    const ticket = await this.store.get(ticketId);
    if (!ticket) return { ok: false, reason: 'not-found' };
    if (ticket.status !== 'assigned' || ticket.agentId !== agent.id)
      return { ok: false, reason: 'not-holder', status: ticket.status };
    if (!this.typing.pass(ticketId, 'to-customer', this.opts.now())) return { ok: true, value: false };
    this.notifier.typingToCustomer(ticket, agent.name);
    return { ok: true, value: true };
  }

  /** The agent closes with a resolution; the bot takes over and asks one satisfaction question. */
  async resolve(ticketId: string, agent: Agent, resolution: string): Promise<ActionResult<Ticket>> {
    if (!resolution.trim()) return { ok: false, reason: 'empty' };
    // Closed and the survey asked in one write: there is no moment when it is closed but not asked.
    const r = await this.apply(ticketId, { type: 'resolve', resolution, askSurvey: true }, agent.id);
    if (!r.ok) return r;
    const asked = r.value;
    await this.addLine(asked, 'system', `${agent.name} closed the ticket: ${resolution.trim()}`);
    await this.notifier.toCustomer(asked, {
      text: `${this.words.say('agentClosed', { agent: agent.name, resolution: resolution.trim() })} ${this.words.say('surveyQuestion')}`,
      status: 'completed',
      survey: true,
    });
    return { ok: true, value: asked };
  }

  /** The agent puts the ticket back in the queue at its original place. */
  async returnToQueue(ticketId: string, agent: Agent): Promise<ActionResult<Ticket>> {
    const r = await this.apply(
      ticketId,
      { type: 'release', expiresAt: this.queueDeadline(this.opts.now()) },
      agent.id,
    );
    if (!r.ok) return r;
    await this.addLine(r.value, 'system', `${agent.name} returned the ticket to the queue.`);
    const status = await this.status(r.value);
    await this.notifier.toCustomer(r.value, {
      text: this.words.say('agentStepAway', { agent: agent.name, status: status.text }),
      queue: { position: status.position, estimate: status.estimate },
    });
    await this.announcePositions();
    return { ok: true, value: r.value };
  }

  /** The person withdraws ("cancel"). Returns the cancelled ticket, or null when none was open. */
  async cancel(conversationKey: string): Promise<Ticket | null> {
    const open = await this.store.findOpenByConversation(conversationKey);
    if (!open) return null;
    const r = await this.apply(open.ticketId, { type: 'cancel' });
    if (!r.ok) return null;
    await this.addLine(r.value, 'system', 'The customer cancelled the request.');
    await this.announcePositions();
    return r.value;
  }

  /**
   * The person's follow-up choice while waiting (call back or email), as far as it is settled:
   * `note` is the line agents read in the transcript. Unchanged when the ticket left the queue.
   */
  async setFollowUp(ticket: Ticket, followUp: FollowUp | undefined, note?: string): Promise<Ticket> {
    const r = await this.apply(ticket.ticketId, { type: 'followUp', followUp });
    if (!r.ok) return ticket;
    if (note) await this.addLine(r.value, 'system', note);
    return r.value;
  }

  /** Records the answer to the satisfaction question (null = the person skipped it); once only. */
  async recordCsat(ticket: Ticket, score: number | null): Promise<Ticket> {
    const r = await this.apply(ticket.ticketId, { type: 'survey', score });
    if (!r.ok) return ticket;
    if (score !== null) await this.addLine(r.value, 'system', `Customer satisfaction: ${score}/5.`);
    return r.value;
  }

  /**
   * An external hub drives the lifecycle with handoff.status: accepted → claimed by the hub,
   * completed → resolved, failed → expired (pending) or cancelled (assigned). Repeats are no-ops.
   */
  async hubStatus(
    conversationKey: string,
    state: 'accepted' | 'failed' | 'completed',
    message?: string,
  ): Promise<Ticket | null> {
    const open = await this.store.findOpenByConversation(conversationKey);
    if (!open) return null;
    const hub: Agent = { id: 'external-hub', name: this.words.say('anAgent') };
    if (state === 'accepted') {
      const r = open.status === 'pending' ? await this.claim(open.ticketId, hub) : null;
      return r?.ok ? r.value : open;
    }
    if (state === 'completed') {
      const r = await this.apply(open.ticketId, {
        type: 'resolve',
        resolution: message ?? 'Completed by the agent hub',
        reason: 'hub-completed',
      });
      if (!r.ok) return open;
      // The person was with the hub's agent: say they are back with the assistant.
      await this.notifier.toCustomer(r.value, {
        text: this.words.say('hubCompleted', { ticketId: r.value.ticketId }),
        status: 'completed',
      });
      return r.value;
    }
    const event: TicketEvent =
      open.status === 'pending'
        ? { type: 'expire', reason: 'hub-failed' }
        : { type: 'cancel', reason: 'hub-failed' };
    const r = await this.apply(open.ticketId, event);
    if (!r.ok) return open;
    await this.addLine(
      r.value,
      'system',
      `The agent hub could not take the request${message ? `: ${message}` : ''}.`,
    );
    await this.notifier.toCustomer(r.value, {
      text: this.words.say('hubFailed'),
      status: 'failed',
    });
    return r.value;
  }

  /** Expires pending tickets past their deadline and tells each person. Safe to run often. */
  async expireDue(): Promise<Ticket[]> {
    const expired = await this.store.expireDue(this.opts.now());
    for (const t of expired) {
      await this.addLine(t, 'system', 'Nobody could take the request in time.');
      await this.notifier.toCustomer(t, {
        text: this.words.say('expired', { ticketId: t.ticketId }),
        status: 'failed',
      });
    }
    if (expired.length) {
      this.notifier.toAgents({ type: 'queue' });
      await this.announcePositions();
    }
    return expired;
  }

  /** Tells every waiting person whose place in the queue changed (handoff.md §6). */
  async announcePositions(): Promise<void> {
    const online = this.opts.presence.count(this.opts.now());
    const queue = await this.store.listQueue();
    const history = await this.handlingHistory();
    for (const [i, ticket] of queue.entries()) {
      const status = await this.statusOf(ticket, online, { place: i + 1, history });
      if (status.position === null || this.lastToldPosition.get(ticket.ticketId) === status.position)
        continue;
      this.lastToldPosition.set(ticket.ticketId, status.position);
      await this.notifier.toCustomer(ticket, {
        text: this.words.say('positionUpdate', { status: status.text }),
        queue: { position: status.position, estimate: status.estimate },
      });
    }
  }

  /** The agents' working hours (policy.yaml, in AGENT_TIME_ZONE). */
  get hours(): SupportHours {
    return this.opts.hours;
  }

  /** Who is signed in; the agent hub updates it. */
  get presence(): AgentPresence {
    return this.opts.presence;
  }

  /** The store, for read-only views (agent API). */
  get tickets(): TicketStore {
    return this.store;
  }

  /** True when the ticket is open (pending or assigned). */
  static isOpen(ticket: Ticket): boolean {
    return isOpen(ticket);
  }

  /** Applies `event` (or the event built from the ticket as read) with a versioned write; re-reads and re-decides on a lost update. */
  private async apply(
    ticketId: string,
    event: TicketEvent | ((current: Ticket) => TicketEvent),
    holder?: string,
  ): Promise<ActionResult<Ticket>> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await this.store.get(ticketId);
      if (!current) return { ok: false, reason: 'not-found' };
      if (holder !== undefined && current.agentId !== holder)
        return { ok: false, reason: 'not-holder', status: current.status };
      const r = transition(current, typeof event === 'function' ? event(current) : event, this.opts.now());
      if (!r.ok) return { ok: false, reason: REFUSALS[r.reason], status: current.status };
      const saved = await this.store.save(r.ticket);
      if (saved) {
        this.notifier.toAgents({ type: 'ticket', ticketId, status: saved.status, agentId: saved.agentId });
        if (current.status === 'pending' || saved.status === 'pending')
          this.notifier.toAgents({ type: 'queue' });
        if (saved.status !== 'pending') this.lastToldPosition.delete(ticketId);
        return { ok: true, value: saved };
      }
      // Lost update: someone changed it between our read and write; re-read and re-decide.
    }
    return { ok: false, reason: 'conflict' };
  }

  private async addLine(
    ticket: Ticket,
    from: MessageAuthor,
    text: string,
    agentId?: string,
    attachments?: MessageAttachment[],
  ): Promise<TicketMessage> {
    const message = await this.store.appendMessage({
      ticketId: ticket.ticketId,
      at: this.opts.now().toISOString(),
      from,
      text,
      agentId,
      ...(attachments?.length ? { attachments } : {}),
    });
    this.notifier.toAgents({ type: 'message', ticketId: ticket.ticketId, message });
    return message;
  }
}
