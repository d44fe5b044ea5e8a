/**
 * What a server error tells the client: a plain sentence and the request's id, never the
 * exception's text (a stack overflow, a SQL message, a file path). The detail goes to the log
 * under the same id (see {@link logServerErrors}).
 */
import restify, { type Formatter, type Formatters, type Request, type Server } from 'restify';
import type { Logger } from '../logger';

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side; please try again.';

/** The body every 5xx error is sent with, in the `{error: {code, message}}` shape of our 4xx. */
export function internalErrorBody(requestId: string) {
  return { error: { code: 'InternalError', message: INTERNAL_ERROR_MESSAGE, requestId } };
}

/**
 * restify's own formatters, each wrapped so that an Error sent with a 5xx status (a handler that
 * threw or rejected, a formatter that failed) is replaced by {@link internalErrorBody} before
 * it is written. Pass as `restify.createServer({ formatters })`; the keys keep restify's
 * content negotiation as it was.
 */
export function safeErrorFormatters(): Formatters {
  const wrapped: Formatters = {};
  for (const [type, format] of Object.entries(restify.formatters))
    wrapped[type] = withoutErrorText(format, /json|javascript/.test(type));
  return wrapped;
}

function withoutErrorText(format: Formatter, structured: boolean): Formatter {
  return (req, res, body) => {
    if (!(body instanceof Error) || res.statusCode < 500) return format(req, res, body);
    const safe = internalErrorBody(requestIdOf(req));
    // The text and binary formatters print what they get: give them the sentence, not the object.
    return format(req, res, structured ? safe : `${safe.error.message} (request ${safe.error.requestId})`);
  };
}

/** Logs each request that failed with a 5xx (or an error without a status) with its id and detail. */
export function logServerErrors(server: Server, logger: Logger): void {
  server.on(
    'restifyError',
    (req: Request, _res: unknown, err: Error & { statusCode?: number }, cb: () => void) => {
      if (err.statusCode === undefined || err.statusCode >= 500)
        logger.error('request failed', { err, requestId: requestIdOf(req), path: req.path() });
      return cb();
    },
  );
}

function requestIdOf(req: Request): string {
  return req.id();
}
