/** Why the rule decided what it did: logged, counted and tested (STYLE.md §3). */
export const REASONS = [
  'security-signal',
  'dispatch-signal',
  'dispute-chargeback-signal',
  'stalled-signal',
  'promised-date-missed',
  'past-timeline',
  'within-timeline',
  'new-info-on-case',
  'case-closed',
  'asks-for-human',
  'asks-for-help',
  'frustration-no-new-info',
  'help-center-topic',
  'retrieval-match',
  'process-article',
  'seller-carries-it-out',
  'ambiguous-topic',
  'unclear-in-scope',
  'out-of-scope',
  'another-company-account',
  'small-talk',
] as const;
export type Reason = (typeof REASONS)[number];

const REASON_SET: ReadonlySet<string> = new Set(REASONS);

/** A reason read back from stored memory (a plain string there) is one of ours. */
export const isReason = (s: string): s is Reason => REASON_SET.has(s);
