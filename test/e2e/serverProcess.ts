/** The real server (bot/main.ts, the composition root) as a child process, for crash tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  /** Everything the server logged so far (JSON lines on stderr). */
  log(): string;
  /** SIGKILL, as a crash: no shutdown code runs. Resolves once the process is gone. */
  crash(): Promise<void>;
}

/** Spawns the server and resolves once it logs "ready"; rejects with its log if it exits first. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  // One process (no tsx CLI wrapper), so SIGKILL really kills the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (c: Buffer) => {
    log += c.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (!log.includes('"msg":"ready"')) return;
      child.stderr!.off('data', onData);
      child.off('exit', onExit);
      resolve();
    };
    const onExit = (code: number | null) => reject(new Error(`server exited ${code}: ${log}`));
    child.stderr!.on('data', onData);
    child.once('exit', onExit);
  });
  return {
    child,
    log: () => log,
    crash: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    },
  };
}
