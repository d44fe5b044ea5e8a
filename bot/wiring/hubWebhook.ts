import type { Activity } from 'botbuilder';
import type { HubIngress } from '../../adapters/http/messagesRoute';
import type { Logger } from '../../adapters/logger';
import type { HandoffService } from '../../handoff/service';
import { applyHubStatus } from '../handoff/hubStatus';
import { hubCredentialMatches } from '../handoff/trustedSources';

/**
 * Delivers each `handoff.initiate` event, as the Bot Framework activity it is, to an external
 * agent hub (HANDOFF_WEBHOOK_URL). The hub drives the lifecycle back by posting `handoff.status`
 * events to /api/messages. A hub that is down never blocks the person's turn: the ticket is
 * already stored and our own console still has it.
 */
export function hubWebhook(url: string, opts: { logger: Logger; timeoutMs?: number; secret?: string }) {
  return async (event: Partial<Activity>): Promise<void> => {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(opts.secret ? { Authorization: `Bearer ${opts.secret}` } : {}),
        },
        body: JSON.stringify(event),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 3000),
      });
      if (!res.ok) opts.logger.warn('handoff hub refused the initiate event', { status: res.status });
    } catch (err) {
      opts.logger.warn('handoff hub unreachable', { err: err as Error });
    }
  };
}

/**
 * The way back: the hub posts `handoff.status` to /api/messages with the same secret as a bearer.
 * Without a secret there is no hub to trust, and the route takes the event from no one but a
 * channel Bot Framework authenticated.
 */
export function hubIngress(secret: string | undefined, service: HandoffService): HubIngress | undefined {
  if (!secret) return undefined;
  return {
    presents: (authorization) => hubCredentialMatches(authorization, secret),
    status: (activity) => applyHubStatus(service, activity),
  };
}
