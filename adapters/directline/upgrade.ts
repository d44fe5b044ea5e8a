import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import type { Logger } from '../logger';
import { originAllowed } from './http';
import { parseWatermark } from './schemas';
import type { DirectLineService } from './service';
import type { StreamHub } from './streamHub';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

/** True for the path of a Direct Line stream, the only one this module's listener takes. */
export const isStreamPath = (pathname: string): boolean => STREAM_PATH.test(pathname);
const STATUS_TEXT: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests' };

export interface UpgradeDeps {
  wss: WebSocketServer;
  service: DirectLineService;
  hub: StreamHub;
  logger: Logger;
  allowedOrigins: readonly string[];
}

/**
 * Returns the `upgrade` listener for the Direct Line stream path. Other paths are left alone
 * (no destroy) so that other listeners, such as the agent console's, can take them.
 */
export function createUpgradeHandler(
  deps: UpgradeDeps,
): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = STREAM_PATH.exec(url.pathname);
    if (!m) return;
    socket.on('error', () => socket.destroy());
    void handle(deps, req, socket, head, decodeURIComponent(m[1]), url.searchParams).catch((err: unknown) => {
      deps.logger.error('directline upgrade failed', { err });
      socket.destroy();
    });
  };
}

async function handle(
  deps: UpgradeDeps,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  conversationId: string,
  params: URLSearchParams,
): Promise<void> {
  // The stream URL is pre-authorised by `t`; check it (and the origin) before upgrading.
  if (!originAllowed(req, deps.allowedOrigins)) return refuse(socket, 403);
  const auth = await deps.service.authorizeStream(conversationId, params.get('t'));
  if (!auth.ok) return refuse(socket, auth.status);
  if (!deps.hub.hasRoom(conversationId)) return refuse(socket, 429);
  deps.wss.handleUpgrade(req, socket, head, (ws) => {
    void deps.hub.attach(conversationId, ws, parseWatermark(params.get('watermark')), (after) =>
      deps.service.backlog(conversationId, after),
    );
  });
}

function refuse(socket: Duplex, status: number): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}
