import crypto from 'node:crypto';
import type { ClientConfig } from 'pg';
import { z } from 'zod';
import type { Logger } from '../logger';
import { listenOn } from '../storage/pgListener';

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
 * Keeps one connection listening on `channel` (see {@link listenOn}). When the connection drops it
 * logs and reconnects with backoff, then calls `onListening` so the caller can re-read what it
 * may have missed.
 */
export function listenForAppends(opts: ListenForAppendsOptions): AppendNotifications {
  const listener = listenOn({
    connection: opts.connection,
    channel: opts.channel,
    applicationName: 'kx-directline-listener',
    what: 'directline listener',
    logger: opts.logger,
    minRetryMs: opts.minRetryMs,
    maxRetryMs: opts.maxRetryMs,
    onPayload: (payload) => {
      const parsed = parsePayload(payload);
      if (!parsed) {
        opts.logger.warn('directline notification ignored: payload is not {conversationId, seq}', {
          channel: opts.channel,
        });
        return;
      }
      opts.onAppended(parsed.conversationId, parsed.seq);
    },
    onListening: () => opts.onListening(),
  });
  return { close: () => listener.close() };
}

function parsePayload(payload: string | undefined): z.infer<typeof payloadSchema> | undefined {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(payload ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
