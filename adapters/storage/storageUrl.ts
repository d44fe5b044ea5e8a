/**
 * The store every entry point opens, from the same two settings: `STORAGE_URL` when set, else the
 * SQLite file under `DATA_DIR` (default ./data). The server and the commands (agents:add,
 * cases:seed) read it here so that a command writes where the server will look.
 */
import path from 'node:path';

export interface StorageSettings {
  STORAGE_URL?: string;
  DATA_DIR?: string;
}

export const DEFAULT_DATA_DIR = './data';

export function storageUrlFrom(env: StorageSettings): string {
  if (env.STORAGE_URL) return env.STORAGE_URL;
  const dataDir = path.resolve(env.DATA_DIR || DEFAULT_DATA_DIR);
  return `sqlite:${path.join(dataDir, 'support.db')}`;
}

/** The SQLite file named by a `sqlite:` URL, or null for PostgreSQL. */
export function sqliteFileOf(url: string): string | null {
  return url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : null;
}
