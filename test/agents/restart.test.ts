/** Kill -9 during a live chat; after a restart on the same file the queue, ticket and every message are there. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function start(dbFile: string): Promise<{ child: ChildProcess; base: string }> {
  // `node --import tsx` keeps the server in this one process, so SIGKILL really kills it.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'hubProcess.ts'), dbFile], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /\{"port":(\d+)\}/.exec(out);
      if (m) resolve({ child, base: `http://127.0.0.1:${m[1]}` });
    });
    child.on('exit', (code) => reject(new Error(`hub process exited early (${code})`)));
  });
}

async function post(base: string, p: string, body: unknown, token?: string) {
  const res = await fetch(`${base}${p}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}

async function get(base: string, p: string, token: string) {
  return (await (
    await fetch(`${base}${p}`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as Record<string, unknown>;
}

describe('restart during a live chat', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-restart-'));
  const dbFile = path.join(dir, 'support.db');
  let current: ChildProcess | undefined;
  afterAll(() => {
    current?.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('when the server is killed mid-chat, then after restart the queue, the ticket and every message are there', async () => {
    const first = await start(dbFile);
    current = first.child;
    const { ticketId } = (await post(first.base, '/test/customer', {
      text: 'my account was taken over',
    })) as { ticketId: string };
    await post(first.base, '/test/customer', { text: 'I cannot log in' });
    const login = (await post(first.base, '/agent/api/login', { name: 'alice', secret: 'alice-secret' })) as {
      token: string;
    };
    await post(first.base, `/agent/api/tickets/${ticketId}/claim`, {}, login.token);
    await post(
      first.base,
      `/agent/api/tickets/${ticketId}/messages`,
      { text: 'Alice here, locking it now' },
      login.token,
    );
    await post(first.base, '/test/customer', { text: 'thanks, still here' });
    const before = (await get(first.base, `/agent/api/tickets/${ticketId}`, login.token)) as {
      messages: unknown[];
    };

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await start(dbFile);
    current = second.child;
    // The signed session survives too: it is stateless and the key is the same.
    const after = (await get(second.base, `/agent/api/tickets/${ticketId}`, login.token)) as {
      ticket: { status: string; agentId: string };
      messages: { from: string; text: string }[];
    };
    expect(after.ticket).toMatchObject({ status: 'assigned', agentId: 'alice' });
    expect(after.messages).toEqual(before.messages);
    expect(after.messages.filter((m) => m.from !== 'system').map((m) => [m.from, m.text])).toEqual([
      ['customer', 'my account was taken over'],
      ['customer', 'I cannot log in'],
      ['agent', 'Alice here, locking it now'],
      ['customer', 'thanks, still here'],
    ]);
    const queue = (await get(second.base, '/agent/api/queue', login.token)) as {
      assigned: { ticketId: string }[];
    };
    expect(queue.assigned.map((t) => t.ticketId)).toEqual([ticketId]);
    await post(
      second.base,
      `/agent/api/tickets/${ticketId}/messages`,
      { text: 'back after the restart' },
      login.token,
    );
    second.child.kill('SIGKILL');
  });
});
