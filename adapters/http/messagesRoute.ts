import type { Request, Response, Server, Next } from 'restify';
import restify from 'restify';
import { HandoffEventNames, type Activity, type CloudAdapter, type TurnContext } from 'botbuilder';
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
  /** The external agent hub, which posts `handoff.status` here with its own secret. */
  hub?: HubIngress;
}

/** How the route knows the external hub and hands it its `handoff.status` (bot/handoff/trustedSources.ts). */
export interface HubIngress {
  /** True when the Authorization header is the hub's credential. */
  presents(authorization: string | undefined): boolean;
  /** Applies the status; 'bad-value' when `value` is not `{state, message?}`. */
  status(activity: Partial<Activity>): Promise<'applied' | 'bad-value'>;
}

const isHubStatus = (body: { type?: unknown; name?: unknown }) =>
  body.type === 'event' && body.name === HandoffEventNames.HandoffStatus;

function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** Registers `POST /api/messages` (or `opts.path`): content checks, activity validation, then CloudAdapter. */
export function mountMessagesRoute(server: Server, opts: MessagesRouteOptions): void {
  const parse = restify.plugins.bodyParser({ maxBodySize: opts.maxBodyBytes, mapParams: false });
  const fromHub = (req: Request) => opts.hub?.presents(req.headers.authorization) === true;
  const guard = (req: Request, res: Response, next: Next): void => {
    // The hub's secret authenticates it, so it may post from elsewhere even with channel auth off.
    if (opts.loopbackOnly && !fromHub(req) && !isLoopback(clientAddress(req, opts.proxies ?? NO_PROXY))) {
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
  /**
   * `handoff.status` changes tickets, so it is taken only from the hub's secret here, or from a
   * channel whose token CloudAdapter verifies (the relay then checks the channel). With channel
   * authentication off, anyone on this machine could otherwise resolve any ticket. True when
   * this answered the request.
   */
  const answeredAsHub = async (req: Request, res: Response): Promise<boolean> => {
    const status = isHubStatus(req.body as { type?: unknown; name?: unknown });
    if (fromHub(req) && opts.hub) {
      if (!status)
        sendError(res, 403, 'Forbidden', "the hub's secret is accepted for handoff.status events only");
      else if ((await opts.hub.status(req.body as Partial<Activity>)) === 'bad-value')
        sendError(res, 400, 'BadArgument', 'value: expected {state: accepted|failed|completed, message?}');
      else res.send(200, {});
      return true;
    }
    if (!status || !opts.loopbackOnly) return false;
    sendError(
      res,
      403,
      'Forbidden',
      'handoff.status is accepted only from the agent hub (Authorization: Bearer HANDOFF_WEBHOOK_SECRET)',
    );
    return true;
  };
  server.post(opts.path ?? '/api/messages', guard, parse, validate, async (req: Request, res: Response) => {
    if (await answeredAsHub(req, res)) return;
    try {
      await opts.adapter.process(req, res, opts.logic);
    } catch (err) {
      opts.logger.error('activity rejected by the adapter', { err });
      if (!res.headersSent) sendError(res, 400, 'BadArgument', 'invalid activity');
    }
  });
}
