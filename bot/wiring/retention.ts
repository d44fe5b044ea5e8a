/**
 * Retention, run every 6 hours: conversation state and the widget's conversations (history and
 * files) idle longer than STATE_RETENTION_DAYS, tickets ended longer ago than
 * TICKET_RETENTION_DAYS (open tickets never), and analytics (decision records, feedback,
 * unanswered questions) older than ANALYTICS_RETENTION_DAYS. Each part fails alone, logged.
 */
import type { Logger } from '../../adapters/logger';
import type { MountedDirectLine } from '../../adapters/directline';
import type { StorageBundle } from '../../adapters/storage/createStorage';
import { purgeAnalytics } from '../../adapters/storage/analyticsRetention';
import type { TicketRetention } from '../../adapters/tickets/ticketRetention';
import type { Config } from '../config';

const EVERY_MS = 6 * 3_600_000;
const DAY_MS = 86_400_000;

export interface RetentionParts {
  config: Pick<Config, 'stateRetentionDays' | 'ticketRetentionDays' | 'analyticsRetentionDays'>;
  storage: Pick<StorageBundle, 'storage' | 'db' | 'pool'>;
  directLine: Pick<MountedDirectLine, 'purgeInactiveBefore'>;
  tickets: TicketRetention;
  logger: Logger;
  now: () => Date;
}

/** One pass over every kind of data kept; resolves when all parts are done (failures logged). */
export async function purgeOnce(p: RetentionParts): Promise<void> {
  const before = (days: number) => new Date(p.now().getTime() - days * DAY_MS);
  const state = before(p.config.stateRetentionDays);
  await Promise.all([
    p.storage.storage
      .purgeOlderThan(state)
      .catch((err: Error) => p.logger.warn('state purge failed', { err })),
    // The widget's conversation log and uploaded files follow the state's retention.
    p.directLine
      .purgeInactiveBefore(state)
      .then((n) => n.conversations > 0 && p.logger.info('direct line conversations purged', n))
      .catch((err: Error) => p.logger.warn('direct line purge failed', { err })),
    p.tickets
      .purgeEndedBefore(before(p.config.ticketRetentionDays))
      .then((n) => n > 0 && p.logger.info('ended tickets purged', { tickets: n }))
      .catch((err: Error) => p.logger.warn('ticket purge failed', { err })),
    purgeAnalytics(p.storage, before(p.config.analyticsRetentionDays))
      .then((n) => p.logger.info('analytics purged', n))
      .catch((err: Error) => p.logger.warn('analytics purge failed', { err })),
  ]);
}

/** Starts the 6-hourly purge; returns a stopper. */
export function startRetention(p: RetentionParts): () => void {
  const timer = setInterval(() => void purgeOnce(p), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
