/**
 * A restart that finds a new, empty database beside the keys of an earlier run used to start
 * silently with every ticket gone. It must warn; a first start and a normal restart must not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../adapters/logger';
import { startApp } from '../support/appHarness';

const WARNING = /the database is new but DATA_DIR was used by an earlier run/;

async function startAndStop(dataDir: string): Promise<string[]> {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  const running = await startApp({ DATA_DIR: dataDir }, { logger });
  await running.stop();
  return lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
}

describe('start-up on a data folder whose database went missing', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-fresh-store-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('when the folder is new, then the first start does not warn', async () => {
    expect(await startAndStop(dataDir)).not.toContainEqual(expect.stringMatching(WARNING));
  });

  it('when the database is still there, then a restart does not warn', async () => {
    await startAndStop(dataDir);

    expect(await startAndStop(dataDir)).not.toContainEqual(expect.stringMatching(WARNING));
  });

  it('when the database file was deleted between runs, then the restart warns', async () => {
    await startAndStop(dataDir);
    for (const f of fs.readdirSync(dataDir).filter((f) => f.startsWith('support.db')))
      fs.rmSync(path.join(dataDir, f));

    expect(await startAndStop(dataDir)).toContainEqual(expect.stringMatching(WARNING));
  });
});
