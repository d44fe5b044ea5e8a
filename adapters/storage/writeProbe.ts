import crypto from 'node:crypto';
import type { Storage } from 'botbuilder';

/** Keys of probe rows start with this; nothing else writes under it. */
export const PROBE_KEY_PREFIX = 'readiness-probe/';

/** A probe key of its own for each process, so instances sharing a database never meet. */
export function probeKey(): string {
  return `${PROBE_KEY_PREFIX}${crypto.randomUUID()}`;
}

/**
 * Writes one row through the same `Storage` every turn writes through, lets `readBack` confirm it
 * where a restart would look, and deletes it. Rejects with the store's reason when any step
 * fails: a store that answers `SELECT 1` may still refuse every write (read-only, full, broken).
 */
export async function probeWrite(
  storage: Storage,
  key: string,
  readBack?: (key: string, nonce: string) => void | Promise<void>,
): Promise<void> {
  const nonce = crypto.randomUUID();
  await storage.write({ [key]: { nonce, at: new Date().toISOString() } });
  try {
    await readBack?.(key, nonce);
  } finally {
    await storage.delete([key]);
  }
}
