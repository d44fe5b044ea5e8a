/**
 * Requests that ask for an upgrade we do not offer. Once any 'upgrade' listener exists (ours: the
 * Direct Line stream and the agent console's socket), Node hands every request carrying
 * `Connection: Upgrade` to those listeners instead of the routes, and each of them leaves other
 * paths alone: `curl --http2 …/healthz` (Upgrade: h2c) got no answer and its socket stayed open.
 * A server may ignore Upgrade (RFC 9110 §7.8), so such a request is answered as the plain HTTP/1.1
 * request it also is, and its connection closed after the answer.
 */
import http, { type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * Adds the last 'upgrade' listener: requests to a path `isWebSocketPath` does not claim go to the
 * server's ordinary request handling. Returns a function that removes the listener.
 */
export function answerPlainUpgrades(
  server: http.Server,
  isWebSocketPath: (pathname: string) => boolean,
): () => void {
  const listener = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (isWebSocketPath(new URL(req.url ?? '/', 'http://localhost').pathname)) return;
    socket.on('error', () => socket.destroy());
    // Node's parser has let go of this connection, so a body could not be read: refuse those.
    if (hasBody(req) || head.length > 0) return refuseWithBody(socket);
    const res = new http.ServerResponse(req);
    res.shouldKeepAlive = false;
    res.assignSocket(socket as Socket);
    res.on('finish', () => {
      res.detachSocket(socket as Socket);
      socket.end();
    });
    server.emit('request', req, res);
  };
  server.on('upgrade', listener);
  return () => server.off('upgrade', listener);
}

function hasBody(req: IncomingMessage): boolean {
  const length = Number(req.headers['content-length'] ?? 0);
  return req.headers['transfer-encoding'] !== undefined || !(length === 0 || Number.isNaN(length));
}

function refuseWithBody(socket: Duplex): void {
  const body = JSON.stringify({
    error: {
      code: 'BadArgument',
      message: 'Upgrade: this path has no such protocol; send the request without the Upgrade header',
    },
  });
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
