/**
 * The real server started on a data folder whose files are read-only (a read-only volume, a
 * wrong owner): SQLite opens the database read-only without a word, every write then fails,
 * and /readyz used to say ready. Either start-up refuses, naming STORAGE_URL (when SQLite
 * cannot even set up its journal), or it starts, logs the fault and /readyz answers 503.
 * Root ignores file modes, so under root the server runs as `nobody` (setpriv).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const asRoot = process.getuid?.() === 0;

/**
 * `nobody` must be able to walk to the checkout to run it: a clone under a private folder
 * (`mktemp -d`, a 700 home) is out of its reach, and the test then has nothing to say.
 */
function othersCanReach(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if ((fs.statSync(d).mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

const canRun = !asRoot || (fs.existsSync('/usr/bin/setpriv') && othersCanReach(ROOT));
if (!canRun)
  console.warn(`read-only data folder test skipped: user nobody cannot run the checkout at ${ROOT}`);
const NOBODY = ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

type Start = { child: ChildProcess; log: () => string } | { exitCode: number | null; log: () => string };

/** Starts bot/main.ts (as nobody under root): resolves once it logs "ready", or with how it exited. */
function startServer(dataDir: string, port: number): Promise<Start> {
  const node = [process.execPath, '--import', 'tsx', 'bot/main.ts'];
  const [cmd, ...args] = asRoot ? [...NOBODY, ...node] : node;
  const child = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, HOME: os.tmpdir(), DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  return new Promise((resolve) => {
    child.stderr!.on('data', (c: Buffer) => {
      log += c.toString();
      if (log.includes('"msg":"ready"')) resolve({ child, log: () => log });
    });
    child.once('exit', (exitCode) => resolve({ exitCode, log: () => log }));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

(canRun ? describe : describe.skip)('a data folder that became read-only', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-readonly-'));
    fs.chmodSync(dataDir, 0o777);
  });
  afterEach(async () => {
    if (child && child.exitCode === null) await stop(child);
    fs.chmodSync(dataDir, 0o755);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('when the server restarts on read-only files, then it never reports ready: it refuses naming STORAGE_URL, or logs the fault and /readyz answers 503', async () => {
    const port = await freePort();
    const first = await startServer(dataDir, port);
    if (!('child' in first)) throw new Error(`first start failed: ${first.log()}`);
    await stop(first.child);
    for (const f of fs.readdirSync(dataDir)) fs.chmodSync(path.join(dataDir, f), 0o444);
    fs.chmodSync(dataDir, 0o555);

    const second = await startServer(dataDir, port);

    if ('child' in second) {
      child = second.child;
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      const body = (await res.json()) as { checks: Record<string, string> };
      expect(res.status).toBe(503);
      expect(body.checks.storage).toMatch(/readonly|read-only/);
      expect(second.log()).toMatch(/"level":"error",.*"msg":"the store cannot take writes/);
    } else {
      expect(second.exitCode).not.toBe(0);
      expect(second.log()).toMatch(/^Could not start: STORAGE_URL: .*readonly/m);
      expect(second.log()).not.toMatch(/^\s+at /m);
    }
  }, 60_000);
});
