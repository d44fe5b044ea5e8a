/**
 * A full garbage collection on demand, for heap deltas. `npm run bench` cannot pass
 * --expose-gc (package.json is not ours to change), so the flag is set at run time and the
 * collector fetched from a fresh context, which sees it.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const collector: unknown = vm.runInNewContext('typeof gc === "function" ? gc : undefined');

/** Runs a full collection when possible; returns heapUsed in bytes afterwards. */
export function heapAfterGc(): number {
  if (typeof collector === 'function') collector();
  return process.memoryUsage().heapUsed;
}
