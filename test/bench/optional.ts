/**
 * Loads a part of the app that may not exist yet (other engineers are still writing it), so a
 * missing part turns its section into "not available yet" instead of failing the whole run.
 */
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** A module's exports, or the reason it could not be loaded. */
export type Loaded = { ok: true; exports: Record<string, unknown> } | { ok: false; reason: string };

/** True when `<repo>/<rel>` exists as a .ts file or a folder with index.ts. */
export function partExists(rel: string): boolean {
  const abs = path.join(REPO_ROOT, rel);
  return fs.existsSync(`${abs}.ts`) || fs.existsSync(path.join(abs, 'index.ts'));
}

/** Imports `<repo>/<rel>` (no extension); never throws. */
export async function loadPart(rel: string): Promise<Loaded> {
  if (!partExists(rel)) return { ok: false, reason: `${rel}(.ts|/index.ts) does not exist` };
  try {
    const mod: unknown = await import(path.join(REPO_ROOT, rel));
    if (mod === null || typeof mod !== 'object') return { ok: false, reason: `${rel} has no exports` };
    return { ok: true, exports: mod as Record<string, unknown> };
  } catch (err) {
    return { ok: false, reason: `${rel} failed to load: ${firstLine(err)}` };
  }
}

/** The first line of an error's message, for one-line reasons. */
export function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0];
}

/** A function export by name, or undefined. */
export function fn(
  exports: Record<string, unknown>,
  name: string,
): ((...args: unknown[]) => unknown) | undefined {
  const v = exports[name];
  return typeof v === 'function' ? (v as (...args: unknown[]) => unknown) : undefined;
}
