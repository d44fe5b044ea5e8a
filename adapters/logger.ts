/** A structured JSON-lines logger; the only sink is a writable stream (stderr by default). */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Creates a logger that writes one JSON object a line at or above `level`. */
export function createLogger(
  level: LogLevel = 'info',
  sink: { write(line: string): unknown } = process.stderr,
  base: Record<string, unknown> = {},
): Logger {
  const emit = (lvl: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>): void => {
    if (ORDER[lvl] < ORDER[level]) return;
    const err =
      fields?.err instanceof Error ? { err: { message: fields.err.message, stack: fields.err.stack } } : {};
    sink.write(
      JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...base, ...fields, ...err }) + '\n',
    );
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(level, sink, { ...base, ...fields }),
  };
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = createLogger('silent');
