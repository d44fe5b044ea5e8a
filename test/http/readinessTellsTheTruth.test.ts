/**
 * /readyz against the faults that used to pass it: the SQLite file deleted, replaced or
 * overwritten while the server runs, and a store that refuses writes. Each must answer 503 with
 * the reason, and the file faults must be logged as errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createLogger } from '../../adapters/logger';
import { openSqlite } from '../../adapters/storage/sqlite';
import { startApp, type RunningApp } from '../support/appHarness';

interface Readiness {
  status: string;
  checks: Record<string, string>;
}

async function readyz(baseUrl: string): Promise<{ status: number; body: Readiness }> {
  const res = await fetch(`${baseUrl}/readyz`);
  return { status: res.status, body: (await res.json()) as Readiness };
}

describe('/readyz when the store cannot keep what it writes', () => {
  let running: RunningApp;
  let logLines: string[];
  let dbFile: string;

  beforeEach(async () => {
    logLines = [];
    const logger = createLogger('info', { write: (line: string) => logLines.push(line) });
    running = await startApp({}, { logger });
    dbFile = path.join(running.dataDir, 'support.db');
  });
  afterEach(async () => {
    await running.stop();
    fs.rmSync(running.dataDir, { recursive: true, force: true });
  });

  const errorsLogged = () =>
    logLines.map((l) => JSON.parse(l) as { level: string; msg: string }).filter((l) => l.level === 'error');

  it('when nothing is wrong, then it is ready and the probe row is gone afterwards', async () => {
    const { status, body } = await readyz(running.baseUrl);

    expect(status).toBe(200);
    expect(body.checks.storage).toBe('ok');
    const left = running.app.storage.db!.prepare(
      "SELECT key FROM bot_state WHERE key LIKE 'readiness-probe/%'",
    );
    expect(left.all()).toEqual([]);
  });

  it('when the database file is deleted while running, then it answers 503 saying so and logs an error', async () => {
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });

    const { status, body } = await readyz(running.baseUrl);

    expect(status).toBe(503);
    expect(body.checks.storage).toMatch(/support\.db was deleted while running/);
    expect(errorsLogged()).toEqual([expect.objectContaining({ msg: expect.stringMatching(/deleted/) })]);
  });

  it('when the database file is replaced while running, then it answers 503 saying so', async () => {
    const other = path.join(running.dataDir, 'other.db');
    openSqlite(other).close();
    fs.renameSync(other, dbFile);

    const { status, body } = await readyz(running.baseUrl);

    expect(status).toBe(503);
    expect(body.checks.storage).toMatch(/was replaced while running/);
    expect(errorsLogged()).toHaveLength(1);
  });

  it('when the database file is overwritten in place, then it answers 503', async () => {
    running.app.storage.db!.pragma('wal_checkpoint(TRUNCATE)');
    fs.writeFileSync(dbFile, Buffer.alloc(8192, 0x2a));

    const { status, body } = await readyz(running.baseUrl);

    expect(status).toBe(503);
    expect(body.checks.storage).toMatch(/cannot be read by a new connection/);
  });

  it('when the store refuses writes, then it answers 503 with the store reason', async () => {
    // The connection-level equivalent of a read-only data directory (the tests run as root).
    running.app.storage.db!.pragma('query_only = ON');

    const { status, body } = await readyz(running.baseUrl);

    expect(status).toBe(503);
    expect(body.status).toBe('not ready');
    expect(body.checks.storage).toMatch(/readonly|read-only|query_only/i);
  });

  it('when a fault is probed twice, then it is logged once', async () => {
    fs.rmSync(dbFile);

    await readyz(running.baseUrl);
    await readyz(running.baseUrl);

    expect(errorsLogged()).toHaveLength(1);
  });
});
