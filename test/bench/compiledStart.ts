/**
 * What `npm start` runs after its build: the compiled server, `node scripts/serve.js` (the one-file
 * dist/server.js through V8's code cache), timed from spawn to its "ready" log line. Twice: with the intent model's cache emptied (the first start
 * after a change to the phrasings trains it) and again with it filled (every later restart).
 * Bar (issue 9): the compiled server is ready in < 1 s. Needs `npm run build` first; the bench
 * says so instead of building (about 11 s) itself.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import net from 'node:net';
import { DEFAULT_CACHE_DIR } from '../../knowledge/nlu/loadModel';
import { startNodeFlags } from './nodeFlags';
import { REPO_ROOT } from './optional';
import { round } from './stats';
import { bar, renderTable } from './table';

export const BAR_COMPILED_READY_MS = 1000;
/** Issue 14: `npm start` with nothing changed since the last build is up in < 2 s. */
export const BAR_NPM_RESTART_MS = 2000;
const SERVE = path.join(REPO_ROOT, 'scripts', 'serve.js');
const BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.once('error', reject);
  });
}

/**
 * Spawns the compiled server (or `npm start`, which checks the build first) on a free port with
 * its own data directory; ms from spawn to its "ready" line.
 */
async function timeToReady(dataDir: string, how: 'node' | 'npm start' = 'node'): Promise<number> {
  const port = await freePort();
  const t0 = process.hrtime.bigint();
  const [command, args] =
    how === 'node' ? [process.execPath, [...startNodeFlags(), SERVE]] : ['npm', ['start', '--silent']];
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: `npm start` runs the server as a grandchild, which a signal to npm
    // alone would leave running.
    detached: true,
  });
  const stop = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // already gone
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop('SIGKILL');
      reject(new Error('no ready line within 30 s'));
    }, 30_000);
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      if (!line.includes('"msg":"ready"')) return;
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      child.once('exit', () => resolve(ms));
      stop('SIGTERM');
    });
    child.once('error', reject);
  });
}

export async function compiledStartSection(print: (s: string) => void): Promise<unknown> {
  const title = `COMPILED START (node scripts/serve.js, spawn → ready; bar: < ${BAR_COMPILED_READY_MS} ms with the model cached)`;
  if (!fs.existsSync(BUNDLE)) {
    print(renderTable(title, ['start', 'ms', 'bar'], [['compiled server', null, 'run npm run build first']]));
    return { unavailable: 'dist/server.js missing: run npm run build first' };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-bench-start-'));
  try {
    // The model cache and V8's code cache are emptied for the first start, as after a build; the
    // restart finds what that start wrote.
    fs.rmSync(DEFAULT_CACHE_DIR(), { recursive: true, force: true });
    fs.rmSync(path.join(REPO_ROOT, 'dist', '.v8-cache'), { recursive: true, force: true });
    const first = await timeToReady(path.join(tmp, 'a'));
    const again = await timeToReady(path.join(tmp, 'b'));
    const npmStart = await timeToReady(path.join(tmp, 'c'), 'npm start');
    const pass = again < BAR_COMPILED_READY_MS;
    const npmPass = npmStart < BAR_NPM_RESTART_MS;
    print(
      renderTable(
        title,
        ['start', 'ms', 'bar'],
        [
          ['first start after a change to the phrasings (trains the model)', round(first), bar(null)],
          ['restart (model read from the cache)', round(again), bar(pass)],
          [
            `npm start again, nothing changed (bar < ${BAR_NPM_RESTART_MS} ms)`,
            round(npmStart),
            bar(npmPass),
          ],
        ],
      ),
    );
    return {
      firstMs: round(first),
      restartMs: round(again),
      npmStartMs: round(npmStart),
      bar: { maxMs: BAR_COMPILED_READY_MS, pass },
      npmBar: { maxMs: BAR_NPM_RESTART_MS, pass: npmPass },
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
