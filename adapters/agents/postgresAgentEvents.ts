/**
 * Live agent-console updates across instances on one PostgreSQL database. Each instance delivers
 * its own hub events to its own consoles at once (as on SQLite) and also publishes them with
 * NOTIFY on one channel; each instance LISTENs on that channel with one dedicated connection and
 * delivers what OTHER instances published (every envelope names its sender) to its consoles, in
 * the order it was published. A NOTIFY payload must stay under 8000 bytes: a larger event travels
 * as a reference and the receiver rebuilds it from the shared ticket store. After the listening
 * connection drops and comes back, the consoles here are told to reload (`resync`).
 *
 * SQLite (one instance) has no bus: the notifier's sink stays the hub's sockets.
 */
import crypto from 'node:crypto';
import type { ClientConfig, Pool } from 'pg';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { HubEvent, TicketStore } from '../../handoff/ports';
import { TICKET_STATUSES, ticketMessageSchema } from '../../handoff/types';
import { CATEGORIES } from '../../knowledge/types';
import { listenOn, type PgListener } from '../storage/pgListener';

/** What a console receives: the hub's events, and `resync` (reload the queue and the open ticket). */
export type ConsoleEvent = HubEvent | { type: 'resync' };

/** This instance's consoles (AgentSockets). */
export interface ConsoleSink {
  broadcast(event: ConsoleEvent): void;
}

/** The notifier's agent sink when several instances share the consoles' events. */
export interface AgentEventBus {
  /** Delivers `event` to the consoles here and publishes it to the other instances. */
  broadcast(event: HubEvent): void;
  /** Stops listening and waits for the events still being published. */
  close(): Promise<void>;
}

/** NOTIFY refuses payloads of 8000 bytes or more (in the server's encoding; ours is UTF-8). */
export const NOTIFY_MAX_BYTES = 7999;

const ticketId = z.string().min(1);
export const hubEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('queue') }),
  z.object({
    type: z.literal('ticket'),
    ticketId,
    status: z.enum(TICKET_STATUSES),
    agentId: z.string().optional(),
  }),
  z.object({ type: z.literal('message'), ticketId, message: ticketMessageSchema }),
  z.object({
    type: z.literal('transfer'),
    ticketId,
    fromAgentId: z.string(),
    toAgentId: z.string().optional(),
    category: z.enum(CATEGORIES),
  }),
  z.object({ type: z.literal('typing'), ticketId, forAgentId: z.string() }),
]) satisfies z.ZodType<HubEvent>;

/** Where a receiver finds an event too large to travel: a transcript line, or "reload everything". */
const refSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), ticketId, seq: z.number().int().min(0) }),
  z.object({ kind: z.literal('resync') }),
]);
export type EventRef = z.infer<typeof refSchema>;

const envelopeSchema = z.union([
  z.object({ from: z.string().min(1), event: hubEventSchema }),
  z.object({ from: z.string().min(1), ref: refSchema }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

/**
 * The NOTIFY channel: one per schema, so that tests (or tenants) in other schemas of the same
 * database do not hear each other.
 */
export function agentEventsChannelFor(schema?: string): string {
  if (schema === undefined) return 'kx_agent_events';
  const name = `kx_agent_events_${schema}`;
  // Channel names are identifiers: at most 63 bytes.
  return name.length <= 63
    ? name
    : `kx_agent_events_${crypto.createHash('sha256').update(schema).digest('hex').slice(0, 40)}`;
}

/** The reference that stands for `event` when it is too large to publish. */
export function refFor(event: HubEvent): EventRef {
  return event.type === 'message'
    ? { kind: 'message', ticketId: event.ticketId, seq: event.message.seq }
    : { kind: 'resync' };
}

/** The payload to publish for `event`: the event itself when it fits in `maxBytes`, else a reference. */
export function encodeEnvelope(from: string, event: HubEvent, maxBytes = NOTIFY_MAX_BYTES): string {
  const fits = (s: string) => Buffer.byteLength(s, 'utf8') <= maxBytes;
  const whole = JSON.stringify({ from, event } satisfies Envelope);
  if (fits(whole)) return whole;
  const ref = JSON.stringify({ from, ref: refFor(event) } satisfies Envelope);
  return fits(ref) ? ref : JSON.stringify({ from, ref: { kind: 'resync' } } satisfies Envelope);
}

/** The envelope in a payload, or undefined when it is not one of ours. */
export function decodeEnvelope(payload: string): Envelope | undefined {
  try {
    const parsed = envelopeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The console event a reference stands for, read from the shared store; `resync` when it is gone. */
export async function rebuild(
  ref: EventRef,
  store: Pick<TicketStore, 'listMessages'>,
): Promise<ConsoleEvent> {
  if (ref.kind === 'resync') return { type: 'resync' };
  const message = (await store.listMessages(ref.ticketId)).find((m) => m.seq === ref.seq);
  return message ? { type: 'message', ticketId: ref.ticketId, message } : { type: 'resync' };
}

export interface PostgresAgentEventsOptions {
  /** This instance's consoles (the agent hub's `sockets`). */
  local: ConsoleSink;
  /** The shared ticket store, to rebuild events sent by reference. */
  store: Pick<TicketStore, 'listMessages'>;
  logger: Logger;
  /** Default {@link agentEventsChannelFor}(); tests pass their own. */
  channel?: string;
  /** Settings of the listening connection; default the pool's. */
  connection?: ClientConfig;
  /** Largest payload published whole (tests lower it); default {@link NOTIFY_MAX_BYTES}. */
  maxPayloadBytes?: number;
  /** Reconnect backoff of the listener. */
  minRetryMs?: number;
  maxRetryMs?: number;
}

/** {@link AgentEventBus} on PostgreSQL LISTEN/NOTIFY. Call {@link start} before use. */
export class PostgresAgentEvents implements AgentEventBus {
  /** Names this instance's envelopes, so it skips its own when they come back. */
  readonly instanceId = crypto.randomUUID();
  /** The listening connection's application_name (pg_stat_activity). */
  readonly applicationName = `kx-agent-events-${this.instanceId.slice(0, 8)}`;
  readonly channel: string;
  private readonly log: Logger;
  private listener: PgListener | undefined;
  private closed = false;
  /** Publishes one at a time, so that NOTIFYs commit (and reach the others) in the order of the events. */
  private publishing: Promise<void> = Promise.resolve();
  /** Delivers what arrives one at a time, so that a rebuilt event does not overtake the next. */
  private delivering: Promise<void> = Promise.resolve();

  constructor(
    private readonly pool: Pool,
    private readonly opts: PostgresAgentEventsOptions,
  ) {
    this.channel = opts.channel ?? agentEventsChannelFor();
    this.log = opts.logger.child({ component: 'agent-events' });
  }

  /** Starts listening; resolves after the first attempt (a failed one keeps retrying in the background). */
  async start(): Promise<void> {
    if (this.listener) return;
    this.listener = listenOn({
      connection: this.opts.connection ?? this.pool.options,
      channel: this.channel,
      applicationName: this.applicationName,
      what: 'agent event listener',
      logger: this.log,
      minRetryMs: this.opts.minRetryMs,
      maxRetryMs: this.opts.maxRetryMs,
      onPayload: (payload) => this.received(payload),
      onListening: (again) => {
        if (again) this.deliver(Promise.resolve({ type: 'resync' }));
      },
    });
    await this.listener.started;
  }

  broadcast(event: HubEvent): void {
    this.toLocal(event);
    if (this.closed) return;
    const payload = encodeEnvelope(this.instanceId, event, this.opts.maxPayloadBytes);
    this.publishing = this.publishing.then(() => this.publish(payload, event));
  }

  /** Resolves when everything broadcast so far has been published (or failed and been logged). */
  idle(): Promise<void> {
    return this.publishing;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.close();
    await this.publishing;
    await this.delivering;
  }

  private async publish(payload: string, event: HubEvent): Promise<void> {
    if (this.pool.ending || this.pool.ended) return;
    try {
      await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, payload]);
    } catch (err) {
      // The consoles elsewhere miss this one live; they show it on their next reload.
      this.log.warn('agent event not published', {
        err,
        type: event.type,
        ticketId: 'ticketId' in event ? event.ticketId : undefined,
      });
    }
  }

  private received(payload: string): void {
    const envelope = decodeEnvelope(payload);
    if (!envelope) {
      this.log.warn('agent event ignored: not an envelope', { channel: this.channel, bytes: payload.length });
      return;
    }
    if (envelope.from === this.instanceId || this.closed) return;
    this.deliver(
      'event' in envelope ? Promise.resolve(envelope.event) : rebuild(envelope.ref, this.opts.store),
    );
  }

  /** Delivers `next` after everything that arrived before it; a failed rebuild becomes a resync. */
  private deliver(next: Promise<ConsoleEvent>): void {
    // Rebuilding starts now; only the delivery waits its turn.
    const event = next.catch((err: unknown): ConsoleEvent => {
      this.log.warn('agent event could not be rebuilt; consoles told to reload', { err });
      return { type: 'resync' };
    });
    this.delivering = this.delivering.then(async () => this.toLocal(await event));
  }

  private toLocal(event: ConsoleEvent): void {
    try {
      this.opts.local.broadcast(event);
    } catch (err) {
      this.log.error('agent event not delivered to the consoles here', { err, type: event.type });
    }
  }
}

/** Shares the consoles' live events through PostgreSQL: listens, and returns the notifier's new sink. */
export async function shareAgentEventsThroughPostgres(
  pool: Pool,
  opts: PostgresAgentEventsOptions,
): Promise<PostgresAgentEvents> {
  const bus = new PostgresAgentEvents(pool, opts);
  await bus.start();
  return bus;
}
