/**
 * Our agent hub: sign-in, the agent REST API under /agent/api, the live socket at /agent/ws and
 * the console page at /agent. Every ticket route answers 401 without a valid session, and the
 * 401 body never carries ticket data.
 */
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { AgentPresence } from '../../handoff/presence';
import type { Agent, AgentDirectory, TicketStore } from '../../handoff/ports';
import type { ActionRefusal, HandoffService } from '../../handoff/service';
import type { Ticket } from '../../handoff/types';
import type { TransferTarget } from '../../handoff/transfer';
import { CATEGORIES } from '../../knowledge/types';
import { loadCannedReplies, type CannedReply } from './cannedReplies';
import { mountStaticPages, publicDir } from '../http/staticPages';
import { clientAddress, NO_PROXY, type TrustedProxies } from '../http/clientAddress';
import { memoryLimiterStore, retryAfter, waitInWords, type LimiterStore } from '../http/rateLimits';
import { json, readJson } from './http';
import { readAgentFileForm } from './agentFiles';
import type { OutgoingFile, StoreFileResult } from '../directline';
import { MemorySessionRevocations, type SessionRevocations } from './revocations';
import { SESSION_COOKIE, SESSION_TTL_MS, type AgentSession } from './session';
import { AgentSessions } from './sessions';
import { queueRow, ticketDetail, type RenewAttachmentUrl } from './views';
import { AgentSockets } from './sockets';

export interface AgentHubOptions {
  service: HandoffService;
  /** Defaults to the service's store. */
  store?: TicketStore;
  agents: AgentDirectory;
  /** Defaults to the service's presence tracker. */
  presence?: AgentPresence;
  /** HMAC key for session tokens; at least 32 characters, from the environment. */
  signingKey: string;
  logger: Logger;
  now?: () => Date;
  /** Set the cookie's Secure flag (behind HTTPS). */
  secureCookie?: boolean;
  /** Sign-in attempts per client address per minute (AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE). */
  loginAttemptsPerMinute?: number;
  /** Where the sign-in counter lives (PostgreSQL: shared by every instance); memory without it. */
  limiterStore?: LimiterStore;
  /** Reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY), for the sign-in limiter. */
  proxies?: TrustedProxies;
  /** Signed-out sessions, in the store so every instance refuses them; in memory without it. */
  revocations?: SessionRevocations;
  /** Origins other than the console's own that may open /agent/ws (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** The console's canned replies; read from adapters/agents/cannedReplies.yaml when absent (a bad file throws here, before listening). */
  cannedReplies?: readonly CannedReply[];
  /** Renews our attachment URLs in the transcripts served (MountedDirectLine.renewAttachmentUrl). */
  attachmentUrl?: RenewAttachmentUrl;
  /**
   * Stores a file an agent sends into the customer's conversation (MountedDirectLine.storeFile);
   * without it the console cannot send files (501).
   */
  storeFile?: (conversationId: string, file: OutgoingFile) => Promise<StoreFileResult>;
}

/** What the composition root keeps: the socket hub (it is also the Notifier's agent side) and a closer. */
export interface AgentHub {
  sockets: AgentSockets;
  close(): void;
}

const STATIC: Record<string, string> = {
  '/agent': 'index.html',
  '/agent/': 'index.html',
  '/agent/console.js': 'console.js',
  '/agent/markdown.js': 'markdown.js',
  '/agent/console.css': 'console.css',
  '/agent/base.css': 'base.css',
};

const loginSchema = z.object({ name: z.string().min(1).max(64), secret: z.string().min(1).max(256) });
const textSchema = z.object({ text: z.string().trim().min(1, 'text is required').max(4000) });
const resolveSchema = z.object({ resolution: z.string().trim().min(1, 'resolution is required').max(2000) });
const noteField = z.string().trim().min(1, 'note is required: say why').max(2000);
const transferSchema = z.discriminatedUnion('to', [
  z.object({
    to: z.literal('agent'),
    agentId: z.string().trim().min(1, 'agentId is required').max(64),
    note: noteField,
  }),
  z.object({ to: z.literal('queue'), category: z.enum(CATEGORIES).optional(), note: noteField }),
]);

const REFUSAL_STATUS: Record<ActionRefusal['reason'], number> = {
  'not-found': 404,
  taken: 409,
  'not-holder': 409,
  'not-allowed': 409,
  empty: 400,
  conflict: 409,
  'same-agent': 400,
};

/** A sentence the console can show as it is: what happened and, where it helps, the ticket's state now. */
export function refusalMessage(r: ActionRefusal): string {
  const now = r.status ? ` (it is ${r.status} now)` : '';
  switch (r.reason) {
    case 'not-found':
      return 'There is no such ticket.';
    case 'taken':
      return 'Another agent claimed this ticket first.';
    case 'not-holder':
      return `Only the agent holding this ticket can do that${now}.`;
    case 'not-allowed':
      return `The ticket's state does not allow that${now}.`;
    case 'empty':
      return 'Write something first.';
    case 'conflict':
      return 'The ticket changed while you were acting on it; reload it and try again.';
    case 'same-agent':
      return 'You already hold this ticket; pick another agent.';
  }
}

type Handler = (req: Request, res: Response, agent: Agent, session: AgentSession) => Promise<void>;

/** Mounts the hub on `server`; call once from the composition root. */
export function mountAgentHub(server: Server, options: AgentHubOptions): AgentHub {
  const opts = {
    ...options,
    store: options.store ?? options.service.tickets,
    presence: options.presence ?? options.service.presence,
  };
  if (opts.signingKey.length < 32) throw new Error('agent hub: signingKey must be at least 32 characters');
  const now = opts.now ?? (() => new Date());
  const log = opts.logger.child({ component: 'agent-hub' });
  /** The ticket and its transcript as the console reads them, attachment URLs renewed. */
  const detail = async (t: Ticket) =>
    ticketDetail(t, await opts.store.listMessages(t.ticketId), now(), opts.attachmentUrl);
  const sessions = new AgentSessions(
    opts.signingKey,
    opts.revocations ?? new MemorySessionRevocations(),
    now,
  );
  const sockets = new AgentSockets({
    sessions,
    presence: opts.presence,
    now,
    logger: log,
    allowedOrigins: opts.allowedOrigins,
  });
  const signIns = (opts.limiterStore ?? memoryLimiterStore()).limiter('agent-sign-in', {
    points: opts.loginAttemptsPerMinute ?? 10,
    seconds: 60,
  });

  const authed = (handler: Handler) => async (req: Request, res: Response) => {
    try {
      const session = await sessions.fromHeaders(req.headers as { authorization?: string; cookie?: string });
      if (!session) return json(res, 401, { error: 'unauthorized' });
      opts.presence.seen(session.agent.id, now());
      await handler(req, res, session.agent, session);
    } catch (err) {
      log.error('agent api failed', { err, route: req.getRoute?.()?.path });
      json(res, 500, { error: 'internal' });
    }
  };
  const refuse = (res: Response, r: ActionRefusal) =>
    json(res, REFUSAL_STATUS[r.reason], { error: r.reason, message: refusalMessage(r), status: r.status });
  const badRequest = (res: Response, error: z.ZodError) => {
    const issue = error.issues[0];
    json(res, 400, { error: 'bad-request', field: String(issue.path[0] ?? 'body'), message: issue.message });
  };
  const cannedReplies = opts.cannedReplies ?? loadCannedReplies();
  const id = (req: Request) => String(req.params.id ?? '');

  server.post('/agent/api/login', async (req: Request, res: Response) => {
    const attempt = await signIns.take(clientAddress(req, opts.proxies ?? NO_PROXY));
    if (!attempt.allowed) {
      req.resume();
      return json(
        res,
        429,
        {
          error: 'too-many-attempts',
          message: `Too many sign-in attempts; try again in ${waitInWords(attempt.retryAfterSeconds)}.`,
          retryAfterSeconds: attempt.retryAfterSeconds,
        },
        retryAfter(attempt),
      );
    }
    const body = loginSchema.safeParse(await readJson(req));
    if (!body.success)
      return json(res, 400, { error: 'bad-request', field: String(body.error.issues[0].path[0] ?? 'body') });
    const agent = await opts.agents.verify(body.data.name, body.data.secret);
    if (!agent) {
      log.warn('agent sign-in refused', { name: body.data.name.slice(0, 32) });
      return json(res, 401, { error: 'unauthorized' });
    }
    const token = sessions.issue(agent);
    opts.presence.seen(agent.id, now());
    log.info('agent signed in', { agentId: agent.id });
    const cookie = `${SESSION_COOKIE}=${token}; Path=/agent; HttpOnly; SameSite=Strict; Max-Age=${SESSION_TTL_MS / 1000}${opts.secureCookie ? '; Secure' : ''}`;
    json(res, 200, { token, agent }, { 'Set-Cookie': cookie });
  });

  server.post(
    '/agent/api/logout',
    authed(async (_req, res, agent, session) => {
      // The token stops working everywhere now, not when it would have expired.
      await sessions.revoke(session);
      sockets.endSession(session.id);
      opts.presence.signedOut(agent.id);
      json(
        res,
        200,
        { ok: true },
        { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/agent; HttpOnly; SameSite=Strict; Max-Age=0` },
      );
    }),
  );

  server.get(
    '/agent/api/me',
    authed(async (_req, res, agent) => json(res, 200, { agent })),
  );

  server.get(
    '/agent/api/queue',
    authed(async (_req, res) => {
      const at = now();
      const [pending, assigned] = await Promise.all([opts.store.listQueue(), opts.store.listAssigned()]);
      json(res, 200, {
        pending: pending.map((t, i) => queueRow(t, i + 1, at)),
        assigned: assigned.map((t) => queueRow(t, null, at)),
        agentsOnline: opts.presence.count(at),
      });
    }),
  );

  server.get(
    '/agent/api/tickets/:id',
    authed(async (req, res) => {
      const ticket = await opts.store.get(id(req));
      if (!ticket) return json(res, 404, { error: 'not-found' });
      json(res, 200, await detail(ticket));
    }),
  );

  server.post(
    '/agent/api/tickets/:id/claim',
    authed(async (req, res, agent) => {
      const r = await opts.service.claim(id(req), agent);
      if (!r.ok) return refuse(res, r);
      json(res, 200, await detail(r.value));
    }),
  );

  server.post(
    '/agent/api/tickets/:id/messages',
    authed(async (req, res, agent) => {
      const body = textSchema.safeParse(await readJson(req));
      if (!body.success)
        return json(res, 400, { error: 'bad-request', field: 'text', message: body.error.issues[0].message });
      const r = await opts.service.agentSay(id(req), agent, body.data.text);
      if (!r.ok) return refuse(res, r);
      json(res, 200, { message: r.value });
    }),
  );

  // A file to the customer: stored like the customer's own files, then relayed as an attachment.
  server.post(
    '/agent/api/tickets/:id/files',
    authed(async (req, res, agent) => {
      if (!opts.storeFile) {
        req.resume();
        return json(res, 501, { error: 'not-available', message: 'files cannot be sent from this server' });
      }
      const ticket = await opts.store.get(id(req));
      if (!ticket) {
        req.resume();
        return json(res, 404, { error: 'not-found' });
      }
      // Checked before the body is read: only the holder may write to the person.
      if (ticket.status !== 'assigned' || ticket.agentId !== agent.id) {
        req.resume();
        return refuse(res, { ok: false, reason: 'not-holder', status: ticket.status });
      }
      const form = await readAgentFileForm(req);
      if (!form.ok)
        return json(res, form.status, { error: 'bad-request', field: form.field, message: form.message });
      const stored = await opts.storeFile(ticket.customerRef.conversation.id, form.file);
      if (!stored.ok)
        return json(res, stored.status, { error: 'bad-request', field: 'file', message: stored.message });
      const a = stored.attachment;
      const r = await opts.service.agentSendFile(
        ticket.ticketId,
        agent,
        { contentType: a.contentType, url: a.contentUrl ?? '', name: a.name ?? 'attachment' },
        form.text,
      );
      if (!r.ok) return refuse(res, r);
      json(res, 200, { message: r.value });
    }),
  );

  server.post(
    '/agent/api/tickets/:id/resolve',
    authed(async (req, res, agent) => {
      const body = resolveSchema.safeParse(await readJson(req));
      if (!body.success)
        return json(res, 400, {
          error: 'bad-request',
          field: 'resolution',
          message: body.error.issues[0].message,
        });
      const r = await opts.service.resolve(id(req), agent, body.data.resolution);
      if (!r.ok) return refuse(res, r);
      json(res, 200, { ticketId: r.value.ticketId, status: r.value.status });
    }),
  );

  server.post(
    '/agent/api/tickets/:id/release',
    authed(async (req, res, agent) => {
      const r = await opts.service.returnToQueue(id(req), agent);
      if (!r.ok) return refuse(res, r);
      json(res, 200, { ticketId: r.value.ticketId, status: r.value.status });
    }),
  );

  server.post(
    '/agent/api/tickets/:id/notes',
    authed(async (req, res, agent) => {
      const body = textSchema.safeParse(await readJson(req));
      if (!body.success) return badRequest(res, body.error);
      const r = await opts.service.addNote(id(req), agent, body.data.text);
      if (!r.ok) return refuse(res, r);
      json(res, 200, { message: r.value });
    }),
  );

  server.post(
    '/agent/api/tickets/:id/transfer',
    authed(async (req, res, agent) => {
      const body = transferSchema.safeParse(await readJson(req));
      if (!body.success) return badRequest(res, body.error);
      const b = body.data;
      let target: TransferTarget = { kind: 'queue', category: b.to === 'queue' ? b.category : undefined };
      if (b.to === 'agent') {
        const to = await opts.agents.get(b.agentId);
        if (!to) return json(res, 400, { error: 'bad-request', field: 'agentId', message: 'no such agent' });
        target = { kind: 'agent', agentId: to.id, agentName: to.name };
      }
      const r = await opts.service.transfer(id(req), agent, target, b.note);
      if (!r.ok) return refuse(res, r);
      json(res, 200, await detail(r.value));
    }),
  );

  server.post(
    '/agent/api/tickets/:id/typing',
    authed(async (req, res, agent) => {
      const r = await opts.service.agentTyping(id(req), agent);
      if (!r.ok) return refuse(res, r);
      json(res, 200, { sent: r.value });
    }),
  );

  server.get(
    '/agent/api/canned-replies',
    authed(async (_req, res) => json(res, 200, { replies: cannedReplies })),
  );

  server.get(
    '/agent/api/directory',
    authed(async (_req, res) => json(res, 200, { agents: await opts.agents.list(), categories: CATEGORIES })),
  );

  mountStaticPages(server, {
    dir: publicDir(__dirname, 'agents', 'index.html'),
    files: STATIC,
    // img-src 'self': customer-chosen image URLs must not load in the agent's browser (console.js ownFile).
    csp: "default-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  });

  // marked's browser build, from the installed package: the console's Markdown tokeniser.
  mountStaticPages(server, {
    dir: path.join(path.dirname(require.resolve('marked/package.json')), 'lib'),
    files: { '/agent/marked.js': 'marked.umd.js' },
    csp: "default-src 'none'; frame-ancestors 'none'",
  });

  const onUpgrade = sockets.upgradeListener();
  server.server.on('upgrade', onUpgrade);
  return {
    sockets,
    close: () => {
      server.server.off('upgrade', onUpgrade);
      sockets.close();
    },
  };
}
