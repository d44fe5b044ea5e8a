/**
 * The real entry (bot/main.ts) started with one bad setting at a time: it must stop with a
 * non-zero exit and one line on stderr naming the variable, never a stack trace, never a
 * random port or an accepted `javascript:` address.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Exit {
  code: number | null;
  stderr: string;
}

/** Runs bot/main.ts until it exits; a start that succeeds is killed and reported as code 0. */
function runMain(env: Record<string, string>): Promise<Exit> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-start-err-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    // It started although it should not have: stop it so the test reports what it advertised.
    if (stderr.includes('"msg":"ready"')) child.kill('SIGTERM');
  });
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      resolve({ code: stderr.includes('"msg":"ready"') ? 0 : code, stderr });
    });
  });
}

/** The lines that are not our JSON log: what a person reads when start-up fails. */
function plainLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{'));
}

function listening(host: string): Promise<net.Server> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, host, () => resolve(s));
  });
}

describe('start-up with a bad setting', () => {
  it.each([
    [{ HOST: '999.1.1.1' }, /^Invalid configuration: HOST: /],
    [{ PORT: '' }, /^Invalid configuration: PORT: is set but empty/],
    [{ AGENT_TIME_ZONE: 'Mars/Olympus' }, /^Invalid configuration: AGENT_TIME_ZONE: /],
    [{ PUBLIC_BASE_URL: 'javascript:alert(1)' }, /^Invalid configuration: PUBLIC_BASE_URL: .*http/],
    [{ HANDOFF_WEBHOOK_URL: 'file:///etc/passwd' }, /^Invalid configuration: HANDOFF_WEBHOOK_URL: .*http/],
    [{ HOST: '192.0.2.1' }, /^Could not start: HOST=192\.0\.2\.1: no network interface/],
    [
      { STORAGE_URL: 'postgres://kx:hunter2@127.0.0.1:1/test' },
      /^Could not start: STORAGE_URL: .*127\.0\.0\.1:1/,
    ],
  ])('when %j, then it exits non-zero with one line naming the variable', async (env, expected) => {
    const { code, stderr } = await runMain(env);

    expect(code).not.toBe(0);
    expect(plainLines(stderr)).toEqual([expect.stringMatching(expected)]);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain('hunter2');
  });

  it('when the port is busy, then it exits non-zero with one line naming PORT', async () => {
    const busy = await listening('127.0.0.1');
    const { port } = busy.address() as net.AddressInfo;
    try {
      const { code, stderr } = await runMain({ PORT: String(port) });

      expect(code).not.toBe(0);
      expect(plainLines(stderr)).toEqual([
        expect.stringMatching(new RegExp(`^Could not start: PORT=${port}: the port is already in use`)),
      ]);
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      busy.close();
    }
  });
});
