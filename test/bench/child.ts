/** The bench server child process: start it, wait for its ready line, smoke-test, stop it. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';
import { REPO_ROOT } from './optional';
import type { MemoryLine, ReadyLine } from './server';
import { startNodeFlags } from './nodeFlags';
import { round } from './stats';

export interface Started {
  child: ChildProcess;
  ready: ReadyLine;
  /** From spawn until the ready line was read, as the parent saw it. */
  spawnToReadyMs: number;
}

/**
 * Spawns `node <npm start's heap flags> --expose-gc --import tsx test/bench/server.ts` and waits for
 * its ready line (30 s at most).
 */
export function startServer(): Promise<Started> {
  const t0 = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [...startNodeFlags(), '--expose-gc', '--import', 'tsx', path.join(__dirname, 'server.ts')],
    {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ready line within 30 s\n${stderr}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before it was ready\n${stderr}`));
    });
    readline.createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      try {
        const ready = JSON.parse(line) as ReadyLine;
        resolve({ child, ready, spawnToReadyMs: Number(process.hrtime.bigint() - t0) / 1e6 });
      } catch {
        reject(new Error(`unexpected ready line: ${line}`));
      }
    });
  });
}

/** SIGTERM, then SIGKILL after 5 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * The resident set of a process in MB, from /proc (Linux); null elsewhere. `VmHWM` is its peak
 * since the process started.
 */
export function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** One expectReplies turn, to check a route answers with replies before loading it; null when fine. */
export function smoke(port: number, route: string): Promise<string | null> {
  const body = JSON.stringify({
    type: 'message',
    id: 'smoke-1',
    text: 'how long does a refund take',
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    from: { id: 'smoke-user' },
    recipient: { id: 'bot' },
    conversation: { id: `smoke-${route}` },
  });
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: route,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => {
          if (res.statusCode !== 200)
            return resolve(`${route} answered ${res.statusCode}: ${text.slice(0, 200)}`);
          try {
            const acts = (JSON.parse(text) as { activities?: unknown[] }).activities;
            resolve(Array.isArray(acts) && acts.length > 0 ? null : `${route} returned no activities`);
          } catch {
            resolve(`${route} returned non-JSON: ${text.slice(0, 200)}`);
          }
        });
      },
    );
    req.on('error', (err) => resolve(`${route}: ${err.message}`));
    req.end(body);
  });
}

/** Asks the child for its memory before and after a full GC; null when it does not answer in 5 s. */
export function memoryOf(child: ChildProcess): Promise<MemoryLine | null> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      rl.close();
      resolve(null);
    }, 5000);
    rl.once('line', (line) => {
      clearTimeout(timer);
      rl.close();
      try {
        resolve(JSON.parse(line) as MemoryLine);
      } catch {
        resolve(null);
      }
    });
    child.stdin?.write('memory\n');
  });
}
