/**
 * One PostgreSQL connection that LISTENs on a channel for as long as the process runs: outside
 * any pool (LISTEN belongs to a session), with TCP keep-alive, and reconnecting with backoff
 * after a drop. The Direct Line log (adapters/directline/pgNotifications.ts) and the agent
 * console events (adapters/agents/postgresAgentEvents.ts) both listen through it.
 */
import { Client, type ClientConfig, type Notification } from 'pg';
import type { Logger } from '../logger';

export interface PgListenOptions {
  /** Connection settings (a pool's `options` will do). */
  connection: ClientConfig;
  /** A plain identifier: [a-z_][a-z0-9_]*, at most 63 bytes. */
  channel: string;
  /** Shown in pg_stat_activity, so an operator (or a test) can find this connection. */
  applicationName: string;
  /** What is listening, for the log lines ("agent event listener"). */
  what: string;
  logger: Logger;
  /** A notification arrived on the channel. */
  onPayload(payload: string): void;
  /** The LISTEN is in place; `again` is true after a drop or a failed start, when anything sent meanwhile went unheard. */
  onListening(again: boolean): void;
  /** Wait before reconnecting, doubled after each failure up to `maxRetryMs`. */
  minRetryMs?: number;
  maxRetryMs?: number;
}

export interface PgListener {
  /** Resolves once the first attempt is over: listening, or failed with a retry scheduled. */
  readonly started: Promise<void>;
  /** Stops listening and closes the connection. */
  close(): Promise<void>;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/** Starts listening on `opts.channel`; see {@link PgListenOptions}. */
export function listenOn(opts: PgListenOptions): PgListener {
  if (!CHANNEL.test(opts.channel))
    throw new Error(`listenOn: channel "${opts.channel}" must match [a-z_][a-z0-9_]* (at most 63)`);
  const minRetryMs = opts.minRetryMs ?? 250;
  const maxRetryMs = opts.maxRetryMs ?? 10_000;
  let delay = minRetryMs;
  let closed = false;
  let attempts = 0;
  let current: Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const onNotification = (msg: Notification) => {
    if (msg.channel === opts.channel) opts.onPayload(msg.payload ?? '');
  };

  const connect = async (): Promise<void> => {
    retry = undefined;
    if (closed) return;
    attempts += 1;
    const client = new Client({
      ...opts.connection,
      application_name: opts.applicationName,
      // A peer that vanished without a FIN is found by TCP keep-alive, not by waiting for a notice.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    current = client;
    let dropped = false;
    const drop = (err: unknown) => {
      if (dropped) return;
      dropped = true;
      if (current === client) current = undefined;
      client.removeListener('notification', onNotification);
      void client.end().catch(() => undefined);
      if (closed) return;
      opts.logger.warn(`${opts.what} lost its PostgreSQL connection; reconnecting`, {
        err,
        channel: opts.channel,
        retryInMs: delay,
      });
      retry = setTimeout(() => void connect(), delay);
      retry.unref();
      delay = Math.min(maxRetryMs, delay * 2);
    };
    client.on('error', drop);
    client.on('end', () => drop(new Error('connection ended')));
    client.on('notification', onNotification);
    try {
      await client.connect();
      await client.query(`LISTEN "${opts.channel}"`);
    } catch (err) {
      drop(err);
      return;
    }
    if (dropped) return;
    if (closed) {
      await client.end().catch(() => undefined);
      return;
    }
    delay = minRetryMs;
    // After any failed attempt, consoles may have been open while nobody listened.
    const again = attempts > 1;
    attempts = 1;
    opts.logger.info(`${opts.what} ${again ? 'reconnected' : 'connected'}`, { channel: opts.channel });
    opts.onListening(again);
  };

  const started = connect();
  return {
    started,
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      retry = undefined;
      const client = current;
      current = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
