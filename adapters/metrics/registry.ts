/**
 * The bot's Prometheus metrics (prom-client) in a registry of its own per app, so several apps in
 * one process (tests) never share or clash on a name. Counters and histograms are fed by the
 * turn's decision record and small taps (taps.ts); gauges read their source when scraped.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DecisionRecord } from '../../knowledge/insights/decisionRecord';
import type { TicketReports } from '../tickets/ticketReports';

/** What the scrape-time gauges read; set once the parts exist (Direct Line, the agent hub). */
export interface MetricSources {
  tickets?: TicketReports;
  openStreams?: () => number;
  agentSockets?: () => number;
}

export interface Metrics {
  registry: Registry;
  /** Counts a customer turn: its channel, time, decision, ticket, and relay time when relayed. */
  observeTurn(record: DecisionRecord): void;
  /** Seconds from a ticket's creation to the first line an agent wrote. */
  firstAgentReply(seconds: number): void;
  rateLimitRefused(limiter: string): void;
  error(kind: string): void;
  setSources(sources: MetricSources): void;
  /** Stops the event-loop monitor. */
  close(): void;
}

/** Every metric name, for the README and the test that checks none is missing. */
export const METRIC_NAMES = [
  'kx_turns_total',
  'kx_turn_duration_seconds',
  'kx_decisions_total',
  'kx_tickets_opened_total',
  'kx_tickets',
  'kx_queue_length',
  'kx_queue_oldest_wait_seconds',
  'kx_first_agent_reply_seconds',
  'kx_relay_duration_seconds',
  'kx_open_streams',
  'kx_agent_sockets',
  'kx_rate_limit_refusals_total',
  'kx_errors_total',
  'kx_event_loop_lag_seconds',
  'kx_event_loop_lag_p99_seconds',
] as const;

const TURN_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** A person waits minutes to hours for an agent: 10 s to 8 h. */
const REPLY_BUCKETS = [10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14400, 28800];

/** Builds the registry; `now` reads the clock for the queue's oldest wait. */
export function createMetrics(now: () => Date = () => new Date()): Metrics {
  const registry = new Registry();
  const registers = [registry];
  let sources: MetricSources = {};

  const turns = new Counter({
    name: 'kx_turns_total',
    help: 'Customer turns, by channel',
    labelNames: ['channel'],
    registers,
  });
  const turnSeconds = new Histogram({
    name: 'kx_turn_duration_seconds',
    help: 'Time the bot took over a customer turn, by channel',
    labelNames: ['channel'],
    buckets: TURN_BUCKETS,
    registers,
  });
  const decisions = new Counter({
    name: 'kx_decisions_total',
    help: 'Decisions, by outcome, escalation category and reason (none = not set)',
    labelNames: ['outcome', 'category', 'reason'],
    registers,
  });
  const opened = new Counter({
    name: 'kx_tickets_opened_total',
    help: 'Tickets opened by customer turns on this instance, by category',
    labelNames: ['category'],
    registers,
  });
  const relay = new Histogram({
    name: 'kx_relay_duration_seconds',
    help: 'Time to relay a customer message to the agent holding the ticket',
    buckets: TURN_BUCKETS,
    registers,
  });
  const firstReply = new Histogram({
    name: 'kx_first_agent_reply_seconds',
    help: 'Time from a ticket opening to the first agent reply',
    buckets: REPLY_BUCKETS,
    registers,
  });
  const refusals = new Counter({
    name: 'kx_rate_limit_refusals_total',
    help: 'Requests refused by a rate limit or quota, by limiter',
    labelNames: ['limiter'],
    registers,
  });
  const errors = new Counter({
    name: 'kx_errors_total',
    help: 'Errors logged, by kind (the component that logged them)',
    labelNames: ['kind'],
    registers,
  });

  new Gauge({
    name: 'kx_tickets',
    help: 'Tickets in the store, by state',
    labelNames: ['state'],
    registers,
    async collect() {
      if (!sources.tickets) return;
      for (const [state, n] of Object.entries(await sources.tickets.countByStatus())) this.set({ state }, n);
    },
  });
  new Gauge({
    name: 'kx_queue_length',
    help: 'Tickets waiting for an agent',
    registers,
    async collect() {
      if (sources.tickets) this.set((await sources.tickets.countByStatus()).pending);
    },
  });
  new Gauge({
    name: 'kx_queue_oldest_wait_seconds',
    help: 'How long the longest-waiting ticket has waited (0 with an empty queue)',
    registers,
    async collect() {
      if (!sources.tickets) return;
      const oldest = await sources.tickets.oldestPendingAt();
      this.set(oldest ? Math.max(0, (now().getTime() - oldest.getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'kx_open_streams',
    help: 'Direct Line WebSocket streams open on this instance',
    registers,
    collect() {
      this.set(sources.openStreams?.() ?? 0);
    },
  });
  new Gauge({
    name: 'kx_agent_sockets',
    help: 'Agent console sockets open on this instance',
    registers,
    collect() {
      this.set(sources.agentSockets?.() ?? 0);
    },
  });
  // Sampled by libuv's own histogram (no timer of ours); read and reset at each scrape.
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  new Gauge({
    name: 'kx_event_loop_lag_seconds',
    help: 'Mean event-loop delay since the last scrape',
    registers,
    collect() {
      this.set(Number.isFinite(lag.mean) ? lag.mean / 1e9 : 0);
    },
  });
  new Gauge({
    name: 'kx_event_loop_lag_p99_seconds',
    help: '99th percentile event-loop delay since the last scrape',
    registers,
    collect() {
      this.set(lag.percentile(99) / 1e9);
      lag.reset();
    },
  });

  return {
    registry,
    observeTurn: (r) => {
      turns.inc({ channel: r.channel });
      turnSeconds.observe({ channel: r.channel }, r.latencyMs / 1000);
      if (r.outcome === 'relayed') relay.observe(r.latencyMs / 1000);
      else if (r.outcome)
        decisions.inc({ outcome: r.outcome, category: r.category ?? 'none', reason: r.reason ?? 'none' });
      if (r.ticketOpened) opened.inc({ category: r.category ?? 'none' });
    },
    firstAgentReply: (seconds) => firstReply.observe(Math.max(0, seconds)),
    rateLimitRefused: (limiter) => refusals.inc({ limiter }),
    error: (kind) => errors.inc({ kind }),
    setSources: (s) => {
      sources = { ...sources, ...s };
    },
    close: () => lag.disable(),
  };
}
