/**
 * The one logger of the process: pino, writing one JSON object a line (stderr by default), behind
 * the small {@link Logger} interface the rest of the code uses. Personal data (emails, phone and
 * card numbers, street addresses) is masked in every field and message before it is written
 * (knowledge/privacy/mask.ts), so a customer's words quoted in a log line stay safe to ship.
 */
import pino, { type DestinationStream } from 'pino';
import { maskPersonalData } from '../knowledge/privacy/mask';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Nested values are masked this deep; deeper ones (never seen in our fields) are written as they are. */
const MASK_DEPTH = 4;

/** A copy of `value` with personal data masked in every string; errors are left to pino's serializer. */
export function maskFields(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (value === null || typeof value !== 'object' || value instanceof Error || depth >= MASK_DEPTH)
    return value;
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => maskFields(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskFields(v, depth + 1);
  return out;
}

function wrap(p: pino.Logger): Logger {
  const emit =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (msg: string, fields?: Record<string, unknown>): void => {
      // pino's level check first: a line below the level costs nothing, not even the masking.
      if (!p.isLevelEnabled(level)) return;
      if (fields) p[level](fields, maskPersonalData(msg));
      else p[level](maskPersonalData(msg));
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => wrap(p.child(maskFields(fields) as Record<string, unknown>)),
  };
}

/**
 * Creates a logger that writes one JSON object a line at or above `level`:
 * `{"level":"info","time":"<ISO>",…fields,"msg":"…"}`, an `err` field as `{type, message, stack}`.
 */
export function createLogger(
  level: LogLevel = 'info',
  sink: { write(line: string): unknown } = pino.destination({ dest: 2, sync: true }),
  base: Record<string, unknown> = {},
): Logger {
  const p = pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => maskFields(fields) as Record<string, unknown>,
      },
    },
    sink as DestinationStream,
  );
  return wrap(Object.keys(base).length ? p.child(maskFields(base) as Record<string, unknown>) : p);
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = createLogger('silent');
