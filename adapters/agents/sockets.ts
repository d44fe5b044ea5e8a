/**
 * The agent console's live socket at /agent/ws: signed-in agents get hub events pushed. The
 * session comes from the cookie (or an Authorization header, for non-browser clients), never from
 * the URL, where proxies and logs would keep it; a browser page of another origin is refused, so
 * a site an agent visits cannot open the socket with the agent's cookie.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logger';
import type { AgentPresence } from '../../handoff/presence';
import type { HubEvent } from '../../handoff/ports';
import { originAllowed } from '../directline/http';
import type { AgentSession } from './session';
import type { AgentSessions } from './sessions';

export const AGENT_WS_PATH = '/agent/ws';
/** Close code for a session that was signed out or expired while the socket was open. */
export const SESSION_ENDED = 4001;
/** How often open sockets are checked against the store (a sign-out on another instance). */
export const SESSION_RECHECK_MS = 30_000;

export interface AgentSocketsOptions {
  sessions: AgentSessions;
  presence: AgentPresence;
  now: () => Date;
  logger: Logger;
  /** Origins other than the console's own that may open the socket (ALLOWED_ORIGINS; '*' is not honoured here). */
  allowedOrigins?: readonly string[];
}

export class AgentSockets {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  private readonly clients = new Map<WebSocket, AgentSession>();
  private readonly recheck: NodeJS.Timeout;

  constructor(private readonly opts: AgentSocketsOptions) {
    this.recheck = setInterval(() => void this.dropEndedSessions(), SESSION_RECHECK_MS);
    this.recheck.unref();
  }

  /** The `upgrade` listener: handles /agent/ws only and leaves every other path to its owner. */
  upgradeListener(): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
    return (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== AGENT_WS_PATH) return;
      socket.on('error', () => socket.destroy());
      const origins = (this.opts.allowedOrigins ?? []).filter((o) => o !== '*');
      if (!originAllowed(req, origins)) return refuse(socket, 403, 'Forbidden');
      this.opts.sessions
        .fromHeaders(req.headers as { authorization?: string; cookie?: string })
        .then((session) => {
          if (!session) return refuse(socket, 401, 'Unauthorized');
          this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws, session));
        })
        .catch((err: unknown) => {
          this.opts.logger.error('agent socket sign-in check failed', { err });
          refuse(socket, 503, 'Service Unavailable');
        });
    };
  }

  /** Closes the open sockets of a session that was just signed out on this instance. */
  endSession(sessionId: string): void {
    for (const [ws, session] of this.clients)
      if (session.id === sessionId) ws.close(SESSION_ENDED, 'signed out');
  }

  /** Closes sockets whose session expired or was signed out (on any instance). */
  async dropEndedSessions(): Promise<void> {
    for (const [ws, session] of [...this.clients]) {
      const valid = await this.opts.sessions.stillValid(session).catch(() => true);
      if (!valid) ws.close(SESSION_ENDED, 'session ended');
    }
  }

  /** Pushes an event to every signed-in console, or only to one agent's consoles when it names `forAgentId`. */
  broadcast(event: HubEvent): void {
    const data = JSON.stringify(event);
    const only = 'forAgentId' in event ? event.forAgentId : undefined;
    for (const [ws, session] of this.clients)
      if (ws.readyState === ws.OPEN && (only === undefined || session.agent.id === only)) ws.send(data);
  }

  /** Number of open consoles. */
  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.recheck);
    for (const ws of this.clients.keys()) ws.terminate();
    this.clients.clear();
    this.wss.close();
  }

  private attach(ws: WebSocket, session: AgentSession): void {
    const { agent } = session;
    this.clients.set(ws, session);
    this.opts.presence.socketOpened(agent.id);
    ws.on('close', () => {
      this.clients.delete(ws);
      this.opts.presence.socketClosed(agent.id, this.opts.now());
    });
    ws.on('error', (err) => this.opts.logger.warn('agent socket error', { err, agentId: agent.id }));
    ws.send(JSON.stringify({ type: 'hello', agent }));
  }
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
}
