/** The agent console's live socket at /agent/ws: signed-in agents get hub events pushed. */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logger';
import type { AgentPresence } from '../../handoff/presence';
import type { HubEvent } from '../../handoff/ports';
import { readSession, tokenFrom } from './session';

export const AGENT_WS_PATH = '/agent/ws';

export class AgentSockets {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  private readonly clients = new Map<WebSocket, string>();

  constructor(
    private readonly opts: { signingKey: string; presence: AgentPresence; now: () => Date; logger: Logger },
  ) {}

  /** The `upgrade` listener: handles /agent/ws only and leaves every other path to its owner. */
  upgradeListener(): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
    return (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== AGENT_WS_PATH) return;
      const token =
        tokenFrom(req.headers as { authorization?: string; cookie?: string }) ??
        url.searchParams.get('token') ??
        undefined;
      const agent = readSession(token, this.opts.signingKey, this.opts.now());
      if (!agent) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        this.clients.set(ws, agent.id);
        this.opts.presence.socketOpened(agent.id);
        ws.on('close', () => {
          this.clients.delete(ws);
          this.opts.presence.socketClosed(agent.id, this.opts.now());
        });
        ws.on('error', (err) => this.opts.logger.warn('agent socket error', { err, agentId: agent.id }));
        ws.send(JSON.stringify({ type: 'hello', agent }));
      });
    };
  }

  /** Pushes an event to every signed-in console, or only to one agent's consoles when it names `forAgentId`. */
  broadcast(event: HubEvent): void {
    const data = JSON.stringify(event);
    const only = 'forAgentId' in event ? event.forAgentId : undefined;
    for (const [ws, agentId] of this.clients)
      if (ws.readyState === ws.OPEN && (only === undefined || agentId === only)) ws.send(data);
  }

  /** Number of open consoles. */
  get size(): number {
    return this.clients.size;
  }

  close(): void {
    for (const ws of this.clients.keys()) ws.terminate();
    this.clients.clear();
    this.wss.close();
  }
}
