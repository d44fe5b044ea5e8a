import net from 'node:net';
import WebSocket from 'ws';
import { startConversation } from '../directline/support';
import { startApp, type RunningApp } from '../support/appHarness';

/** Sends `request` on a raw socket; resolves with everything received once the server closes it. */
function exchange(baseUrl: string, request: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

/** What `curl --http2` sends over plain HTTP: an HTTP/1.1 request asking to upgrade to h2c. */
const h2c = (path: string, extra = '') =>
  `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n` +
  `HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n${extra}\r\n`;

describe('requests with an Upgrade header the path does not offer', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => {
    // A socket left hanging (the fault under test) would otherwise hold the server's close open.
    running.app.server.server.closeAllConnections();
    return running.stop();
  });

  it('when /healthz is asked to upgrade to h2c, then it answers 200 as plain HTTP/1.1 and closes', async () => {
    const answer = await exchange(running.baseUrl, h2c('/healthz'));
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('{"status":"ok"}');
  });

  it('when an unknown path is asked to upgrade, then it answers 404 and closes', async () => {
    const answer = await exchange(running.baseUrl, h2c('/no/such/page'));
    expect(answer).toMatch(/^HTTP\/1\.1 404 /);
  });

  it('when a websocket upgrade goes to a path that is not a socket, then it is answered, not left open', async () => {
    const answer = await exchange(
      running.baseUrl,
      'GET /help HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('when an upgrade request carries a body, then it gets a 400 naming the Upgrade header and is closed', async () => {
    const body = '{"type":"message","text":"hi"}';
    const answer = await exchange(
      running.baseUrl,
      `POST /api/messages HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('Upgrade');
  });

  it('when the Direct Line stream is opened, then the WebSocket upgrade still works', async () => {
    const c = await startConversation(running.baseUrl);
    const ws = new WebSocket(c.streamUrl);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const closed = new Promise((resolve) => ws.once('close', resolve));
    ws.close();
    await closed;
  });
});
