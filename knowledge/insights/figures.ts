/** Small summaries of durations and scores for the dashboard: count, median, 90th percentile, mean. */

export interface DurationSummary {
  n: number;
  /** Seconds; null with no samples. */
  medianSeconds: number | null;
  p90Seconds: number | null;
}

/** The value at quantile `q` (nearest rank) of sorted `values`. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Count, median and 90th percentile of durations in seconds. */
export function summariseDurations(seconds: readonly number[]): DurationSummary {
  if (seconds.length === 0) return { n: 0, medianSeconds: null, p90Seconds: null };
  const sorted = [...seconds].sort((a, b) => a - b);
  return { n: sorted.length, medianSeconds: quantile(sorted, 0.5), p90Seconds: quantile(sorted, 0.9) };
}

/** Seconds from one ISO instant to another. */
export const secondsBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / 1000;

/** A share in [0, 1], or null when there is nothing to share. */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
