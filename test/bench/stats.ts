/** Small numeric helpers for the benchmark: percentiles over samples, rounding for tables. */

/** The p-th percentile (0–100) of `sorted` (ascending), nearest-rank; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** p50 / p99 / max / mean of raw samples (any order); the input is not modified. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = Float64Array.from(samples).sort();
  const arr = Array.from(sorted);
  const mean = arr.length ? arr.reduce((a, b) => a + b, 0) / arr.length : NaN;
  return {
    n: arr.length,
    p50: percentile(arr, 50),
    p99: percentile(arr, 99),
    max: arr[arr.length - 1] ?? NaN,
    mean,
  };
}

/** Rounds for display and JSON: 3 significant decimals below 1, else 2, else whole numbers. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const digits = abs < 1 ? 3 : abs < 100 ? 2 : 0;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Milliseconds since `start` (a process.hrtime.bigint() reading). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Heap in use after a full collection when the collector is reachable (see gc.ts). */
export function mb(bytes: number): number {
  return round(bytes / (1024 * 1024));
}
