import type { Request, Response, Server, Next } from 'restify';
import restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { clientAddress, isLoopback, NO_PROXY, type TrustedProxies } from './clientAddress';
import { activityProblem } from './activitySchema';

export interface MessagesRouteOptions {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  maxBodyBytes: number;
  /** With no app id there is no authentication, so only this machine may post (channels-and-auth §4). */
  loopbackOnly: boolean;
  /** Reverse proxies (TRUST_PROXY): behind one, the loopback check reads the client behind it. */
  proxies?: TrustedProxies;
  /** Defaults to /api/messages; the benchmark mounts an echo bot beside it. */
  path?: string;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** Registers `POST /api/messages` (or `opts.path`): content checks, activity validation, then CloudAdapter. */
export function mountMessagesRoute(server: Server, opts: MessagesRouteOptions): void {
  const parse = restify.plugins.bodyParser({ maxBodySize: opts.maxBodyBytes, mapParams: false });
  const guard = (req: Request, res: Response, next: Next): void => {
    if (opts.loopbackOnly && !isLoopback(clientAddress(req, opts.proxies ?? NO_PROXY))) {
      sendError(
        res,
        403,
        'Forbidden',
        'authentication is off (no MicrosoftAppId): only local clients may post',
      );
      return next(false);
    }
    if (!req.is('application/json')) {
      sendError(res, 415, 'UnsupportedMediaType', 'content-type must be application/json');
      return next(false);
    }
    return next();
  };
  const validate = (req: Request, res: Response, next: Next): void => {
    const problem = activityProblem(req.body);
    if (problem) {
      sendError(res, 400, 'BadArgument', `invalid activity: ${problem}`);
      return next(false);
    }
    return next();
  };
  server.post(opts.path ?? '/api/messages', guard, parse, validate, async (req: Request, res: Response) => {
    try {
      await opts.adapter.process(req, res, opts.logic);
    } catch (err) {
      opts.logger.error('activity rejected by the adapter', { err });
      if (!res.headersSent) sendError(res, 400, 'BadArgument', 'invalid activity');
    }
  });
}
