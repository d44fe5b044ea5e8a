/**
 * Kill the real server (bot/main.ts, the composition root) with SIGKILL in the middle of a live
 * chat; after a restart on the same data folder the queue, the ticket and every message are
 * there, and the chat goes on. Assertions hold whatever the time of day (support hours aside).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DirectLineTestClient } from './directLineClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SECRET = 'restart-test-agent-secret';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  // One process (no tsx CLI wrapper), so SIGKILL really kills the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      AGENTS: `alice:${SECRET}`,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (c: Buffer) => {
      log += c.toString();
      if (log.includes('"msg":"ready"')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${log}`)));
  });
  return child;
}

async function json<T>(res: Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

describe('a restart in the middle of a live chat', () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGKILL'));

  it('when the server is killed mid-chat, then after restart the queue, ticket and every message are there', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-restart-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = await startServer(dataDir, port);

    const customer = await DirectLineTestClient.start(base);
    await customer.waitFor(/support assistant/);
    await customer.say('I got a chargeback notification from my bank for order KX-551234');
    const done = await customer.converse([
      [/Disputes and chargebacks/],
      [/When did it happen/, 'yesterday'],
      [/already tried/, 'Nothing yet'],
      [/reach you/, 'This chat'],
      [/Shall I send it/, 'Yes'],
      [/your request \*\*T-/],
    ]);
    const ticketId = DirectLineTestClient.ticketIdIn(done.text);

    const login = await json<{ token: string }>(
      fetch(`${base}/agent/api/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'alice', secret: SECRET }),
      }),
    );
    const auth = { Authorization: `Bearer ${login.token}`, 'Content-Type': 'application/json' };
    expect(
      (await fetch(`${base}/agent/api/tickets/${ticketId}/claim`, { method: 'POST', headers: auth })).status,
    ).toBe(200);
    await customer.say('Hello, are you there?');
    await fetch(`${base}/agent/api/tickets/${ticketId}/messages`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ text: 'Yes, I am looking at the chargeback now.' }),
    });
    await customer.waitFor(/looking at the chargeback/);
    const before = await json<{ messages: Array<{ text: string }> }>(
      fetch(`${base}/agent/api/tickets/${ticketId}`, { headers: auth }),
    );

    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    child = await startServer(dataDir, port);

    // The agent's session survives (its key is kept under DATA_DIR); the ticket and its messages too.
    const after = await json<{ ticket: { status: string }; messages: Array<{ text: string }> }>(
      fetch(`${base}/agent/api/tickets/${ticketId}`, { headers: auth }),
    );
    expect(after.ticket.status).toBe('assigned');
    expect(after.messages.map((m) => m.text)).toEqual(before.messages.map((m) => m.text));
    expect(after.messages.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Hello, are you there?', 'Yes, I am looking at the chargeback now.']),
    );
    const queue = await json<{ assigned: Array<{ ticketId: string }> }>(
      fetch(`${base}/agent/api/queue`, { headers: auth }),
    );
    expect(queue.assigned.map((t) => t.ticketId)).toContain(ticketId);

    // The customer's history is all there on the same conversation, and the live chat goes on.
    const history = await json<{ activities: Array<{ text?: string }> }>(
      fetch(`${base}/v3/directline/conversations/${customer.conversationId}/activities?watermark=`, {
        headers: { Authorization: `Bearer ${customer.token}` },
      }),
    );
    const texts = history.activities.map((a) => a.text);
    for (const line of customer.seen.filter((a) => a.type === 'message').map((a) => a.text))
      expect(texts).toContain(line);
    await customer.say('Still here after the outage');
    const relayed = async () =>
      (
        await json<{ messages: Array<{ text: string }> }>(
          fetch(`${base}/agent/api/tickets/${ticketId}`, { headers: auth }),
        )
      ).messages.some((m) => m.text === 'Still here after the outage');
    const deadline = Date.now() + 10_000;
    while (!(await relayed())) {
      if (Date.now() > deadline)
        throw new Error('the customer message after restart never reached the agent');
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 90_000);
});
