/**
 * Issue 11 (item 7): signing out must end the session. The token used to keep working for
 * 12 hours after sign-out (on the API, the insights page and the live socket); now sign-out
 * is kept in the store, so the token is refused at once, also after a restart.
 */
import WebSocket from 'ws';
import { startApp, type RunningApp } from '../support/appHarness';

const AGENTS = 'alice:alice-secret-1';

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/agent/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'alice', secret: 'alice-secret-1' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

const get = (base: string, path: string, token: string, how: 'bearer' | 'cookie' = 'bearer') =>
  fetch(`${base}${path}`, {
    headers: how === 'bearer' ? { authorization: `Bearer ${token}` } : { cookie: `kx_agent=${token}` },
  }).then((r) => r.status);

const signOut = (base: string, token: string) =>
  fetch(`${base}/agent/api/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }).then(
    (r) => r.status,
  );

/** The HTTP status of an /agent/ws upgrade with the session cookie (101 = opened). */
function socketStatus(base: string, token: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${base.replace('http', 'ws')}/agent/ws`, {
      headers: { cookie: `kx_agent=${token}` },
    });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(-1));
  });
}

describe('agent sign-out', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ AGENTS });
  });
  afterEach(async () => running?.stop());

  it('when an agent signs out, then the same token gets 401 on the API, the insights page and the socket', async () => {
    const token = await signIn(running.baseUrl);
    expect(await get(running.baseUrl, '/agent/api/me', token)).toBe(200);
    expect(await signOut(running.baseUrl, token)).toBe(200);

    expect(await get(running.baseUrl, '/agent/api/me', token)).toBe(401);
    expect(await get(running.baseUrl, '/agent/api/queue', token, 'cookie')).toBe(401);
    expect(await get(running.baseUrl, '/agent/api/insights', token)).toBe(401);
    expect(await socketStatus(running.baseUrl, token)).toBe(401);
  });

  it('when one session signs out, then another session of the same agent keeps working', async () => {
    const laptop = await signIn(running.baseUrl);
    const phone = await signIn(running.baseUrl);
    expect(await signOut(running.baseUrl, laptop)).toBe(200);
    expect(await get(running.baseUrl, '/agent/api/me', phone)).toBe(200);
  });

  it('when an agent signs out, then the console socket open with that session is closed', async () => {
    const token = await signIn(running.baseUrl);
    const ws = new WebSocket(`${running.baseUrl.replace('http', 'ws')}/agent/ws`, {
      headers: { cookie: `kx_agent=${token}` },
    });
    await new Promise((resolve) => ws.once('message', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    expect(await signOut(running.baseUrl, token)).toBe(200);
    expect(await closed).toBe(4001);
  });

  it('when the server restarts on the same data after a sign-out, then the token is still refused', async () => {
    const token = await signIn(running.baseUrl);
    expect(await signOut(running.baseUrl, token)).toBe(200);
    const { dataDir } = running;
    await running.stop();
    running = await startApp({ AGENTS, DATA_DIR: dataDir });
    expect(await get(running.baseUrl, '/agent/api/me', token)).toBe(401);
  });
});
