import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../adapters/logger';

/**
 * Whether DATA_DIR shows an earlier run: the Direct Line signing key is written on every first
 * start, whatever the store. Read before anything of this run creates it.
 */
export function dataDirHeldEarlierRun(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'directline.key'));
}

/**
 * A new, empty database beside the keys of an earlier run means the old one was deleted, moved
 * or STORAGE_URL changed: every ticket and conversation from before is missing, and nothing
 * else would say so.
 */
export function warnIfStoreIsNew(
  logger: Logger,
  facts: { earlierRun: boolean; fresh: boolean; kind: string; dataDir: string },
): void {
  if (!facts.earlierRun || !facts.fresh) return;
  logger.warn(
    'the database is new but DATA_DIR was used by an earlier run: tickets and conversations from before are not in it; check STORAGE_URL and DATA_DIR, or restore the database file',
    { kind: facts.kind, dataDir: facts.dataDir },
  );
}
