import type { StoreItems } from 'botbuilder';

/** The error `MemoryStorage` raises on an eTag mismatch; ours use the same text so callers match one message. */
export function etagConflict(key: string): Error {
  return new Error(`Storage: error writing "${key}" due to eTag conflict.`);
}

/** `read(null)` rejects like `MemoryStorage`. */
export function requireKeys(keys: string[] | null | undefined): string[] {
  if (!keys) throw new ReferenceError('Keys are required when reading.');
  return keys;
}

/** `write(null)` rejects like `MemoryStorage`. */
export function requireChanges(changes: StoreItems | null | undefined): StoreItems {
  if (!changes) throw new ReferenceError('Changes are required when writing.');
  return changes;
}

/** One item of a write, ready for a row: the JSON without the eTag, and the eTag the caller expects. */
export interface PreparedWrite {
  key: string;
  json: string;
  /** `undefined` for an unconditional write (`'*'`, missing or empty eTag). */
  expected: string | undefined;
}

/**
 * Turns `write` input into rows, keys sorted so concurrent multi-key writes lock rows in the same
 * order (PostgreSQL would otherwise deadlock). The eTag is stripped because it lives in its own
 * column; the JSON round trip gives the same value semantics as `MemoryStorage`.
 */
export function prepareWrites(changes: StoreItems): PreparedWrite[] {
  return Object.keys(changes)
    .sort()
    .map((key) => {
      const item: unknown = changes[key];
      if (item === null || typeof item !== 'object') {
        throw new TypeError(`Storage: item "${key}" must be an object.`);
      }
      const { eTag, ...rest } = item as { eTag?: unknown; [k: string]: unknown };
      const expected = typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? eTag : undefined;
      return { key, json: JSON.stringify(rest), expected };
    });
}

/** Rebuilds a stored item: the data plus its current eTag as a string, as `MemoryStorage` returns it. */
export function toStoreItem(data: unknown, etag: number | string | bigint): Record<string, unknown> {
  const obj = typeof data === 'string' ? (JSON.parse(data) as unknown) : data;
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new TypeError('Storage: stored row is not a JSON object.');
  }
  return { ...(obj as Record<string, unknown>), eTag: String(etag) };
}

/** Our eTags are decimal integers; anything else can never match a stored row. */
export function parseEtag(etag: string): number | undefined {
  return /^[1-9][0-9]{0,15}$/.test(etag) ? Number(etag) : undefined;
}
