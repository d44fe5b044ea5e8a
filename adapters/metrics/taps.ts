/**
 * Small wrappers that feed the metrics from parts that already exist, so those parts need no
 * metrics code of their own: the logger (errors by kind), the rate limiters (refusals) and the
 * agent events (the first agent reply on a ticket, watched on the notifier).
 */
import type { HubEvent, TicketStore } from '../../handoff/ports';
import type { LimiterStore } from '../http/rateLimits';
import type { Logger } from '../logger';
import type { Metrics } from './registry';

/** A logger that counts every error line in `kx_errors_total`, by the component that logged it. */
export function countErrors(logger: Logger, metrics: Pick<Metrics, 'error'>, kind = 'app'): Logger {
  return {
    debug: (m, f) => logger.debug(m, f),
    info: (m, f) => logger.info(m, f),
    warn: (m, f) => logger.warn(m, f),
    error: (m, f) => {
      metrics.error(typeof f?.component === 'string' ? f.component : kind);
      logger.error(m, f);
    },
    child: (fields) =>
      countErrors(
        logger.child(fields),
        metrics,
        typeof fields.component === 'string' ? fields.component : kind,
      ),
  };
}

/** The same limiters, counting each refusal in `kx_rate_limit_refusals_total` under the limiter's name. */
export function countRefusals(store: LimiterStore, metrics: Pick<Metrics, 'rateLimitRefused'>): LimiterStore {
  return {
    limiter: (name, quota) => {
      const inner = store.limiter(name, quota);
      return {
        quota: inner.quota,
        take: async (key, points) => {
          const decision = await inner.take(key, points);
          if (!decision.allowed) metrics.rateLimitRefused(name);
          return decision;
        },
        giveBack: (key, points) => inner.giveBack(key, points),
        peek: (key) => inner.peek(key),
      };
    },
    close: () => store.close(),
  };
}

/**
 * A watcher of agent events that times the first line an agent writes on a ticket (from the
 * ticket's creation). Looked up in the store, so a restart between two replies never counts twice.
 */
export function timeFirstReplies(deps: {
  store: TicketStore;
  metrics: Pick<Metrics, 'firstAgentReply'>;
  logger: Logger;
}): (event: HubEvent) => void {
  const observe = async (ticketId: string, seq: number, at: string) => {
    const lines = await deps.store.listMessages(ticketId);
    if (lines.find((l) => l.from === 'agent')?.seq !== seq) return;
    const ticket = await deps.store.get(ticketId);
    if (ticket) deps.metrics.firstAgentReply((Date.parse(at) - Date.parse(ticket.createdAt)) / 1000);
  };
  return (event) => {
    if (event.type === 'message' && event.message.from === 'agent')
      observe(event.ticketId, event.message.seq, event.message.at).catch((err: Error) =>
        deps.logger.warn('first agent reply not timed', { err, ticketId: event.ticketId }),
      );
  };
}
