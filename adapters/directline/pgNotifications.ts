import crypto from 'node:crypto';
import { Client, type ClientConfig, type Notification } from 'pg';
import { z } from 'zod';
import type { Logger } from '../logger';

/**
 * Tells a process what other processes stored in a shared conversation log. The SQLite and
 * in-memory logs have one writer and need none; PostgreSQL uses {@link listenForAppends}.
 */
export interface AppendNotifications {
  /** Stops listening and closes the connection. */
  close(): Promise<void>;
}

export interface ListenForAppendsOptions {
  /** Connection settings for the dedicated listening connection (a pool's `options` will do). */
  connection: ClientConfig;
  /** From {@link notifyChannelFor}; the conversation log sends on the same one. */
  channel: string;
  logger: Logger;
  /** Some process committed `seq` in the conversation. */
  onAppended(conversationId: string, seq: number): void;
  /** The connection is (again) listening: anything committed meanwhile went unannounced. */
  onListening(): void;
  /** Wait before reconnecting, doubled after each failure up to `maxRetryMs`. */
  minRetryMs?: number;
  maxRetryMs?: number;
}

const payloadSchema = z.object({
  conversationId: z.string().min(1),
  seq: z.number().int().positive(),
});

/**
 * The notification channel of a log's tables: one per schema, so that tests (or tenants) in
 * other schemas of the same database do not hear each other.
 */
export function notifyChannelFor(schema?: string): string {
  if (schema === undefined) return 'kx_directline';
  const name = `kx_directline_${schema}`;
  // Channel names are identifiers: at most 63 bytes.
  return name.length <= 63
    ? name
    : `kx_directline_${crypto.createHash('sha256').update(schema).digest('hex').slice(0, 40)}`;
}

/**
 * Keeps one connection (outside any pool: LISTEN belongs to a session) listening on `channel`.
 * When the connection drops it logs and reconnects with backoff, then calls `onListening` so the
 * caller can re-read what it may have missed.
 */
export function listenForAppends(opts: ListenForAppendsOptions): AppendNotifications {
  const minRetryMs = opts.minRetryMs ?? 250;
  const maxRetryMs = opts.maxRetryMs ?? 10_000;
  let delay = minRetryMs;
  let closed = false;
  let current: Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const onNotification = (msg: Notification) => {
    if (msg.channel !== opts.channel) return;
    const parsed = parsePayload(msg.payload);
    if (!parsed) {
      opts.logger.warn('directline notification ignored: payload is not {conversationId, seq}', {
        channel: msg.channel,
      });
      return;
    }
    opts.onAppended(parsed.conversationId, parsed.seq);
  };

  const connect = async (): Promise<void> => {
    retry = undefined;
    if (closed) return;
    const client = new Client({
      ...opts.connection,
      application_name: 'kx-directline-listener',
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
      opts.logger.warn('directline listener lost its PostgreSQL connection; reconnecting', {
        err,
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
    opts.logger.info('directline listener connected', { channel: opts.channel });
    opts.onListening();
  };

  void connect();
  return {
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

function parsePayload(payload: string | undefined): z.infer<typeof payloadSchema> | undefined {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(payload ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
