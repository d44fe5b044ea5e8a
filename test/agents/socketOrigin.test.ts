/**
 * Issue 11 (item 7): /agent/ws took the session token from its URL (where proxies and logs keep
 * it) and opened for any page that carried the agent's cookie. Now a browser page of another
 * origin is refused (unless listed in ALLOWED_ORIGINS) and a token in the URL opens nothing.
 */
import WebSocket from 'ws';
import { startHub } from './harness';

type Hub = Awaited<ReturnType<typeof startHub>>;

/** The upgrade's HTTP status (101 = opened). */
function upgrade(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(-1));
  });
}

describe('agent socket origin and credentials', () => {
  let hub: Hub;
  let token: string;
  let wsUrl: string;
  let host: string;
  beforeEach(async () => {
    hub = await startHub(undefined, { allowedOrigins: ['https://console.kingston-express.example', '*'] });
    token = await hub.login('alice', 'alice-secret');
    wsUrl = `${hub.base.replace('http', 'ws')}/agent/ws`;
    host = new URL(hub.base).host;
  });
  afterEach(async () => hub.close());

  it('when a page of another origin opens the socket with the agent’s cookie, then it is refused with 403', async () => {
    expect(await upgrade(wsUrl, { cookie: `kx_agent=${token}`, origin: 'https://evil.example' })).toBe(403);
  });

  it('when the console’s own page opens it, then it opens', async () => {
    expect(await upgrade(wsUrl, { cookie: `kx_agent=${token}`, origin: `http://${host}` })).toBe(101);
  });

  it('when an origin listed in ALLOWED_ORIGINS opens it, then it opens; "*" does not open it to every site', async () => {
    const listed = { cookie: `kx_agent=${token}`, origin: 'https://console.kingston-express.example' };
    expect(await upgrade(wsUrl, listed)).toBe(101);
    expect(await upgrade(wsUrl, { cookie: `kx_agent=${token}`, origin: 'https://other.example' })).toBe(403);
  });

  it('when the token is only in the URL, then the socket does not open (401)', async () => {
    expect(await upgrade(`${wsUrl}?token=${encodeURIComponent(token)}`, { origin: `http://${host}` })).toBe(
      401,
    );
  });
});
