/** Shared vocabulary of the knowledge layer: outcomes and categories of the triage rule. */

/** What the bot does with a message (DESIGN.md contract 2). */
export const OUTCOMES = ['answer', 'escalate', 'wait', 'calm', 'clarify', 'triage', 'out_of_scope'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The four reasons a person is handed to a human, most urgent first. */
export const CATEGORIES = ['security', 'dispatch', 'dispute-chargeback', 'stalled'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The part of a decision that is visible on every reply as `channelData.triage` (contract 3). */
export interface TriageView {
  outcome: Outcome;
  /** Help Center article id, or null. */
  topic: string | null;
  category: Category | null;
  /** In [0, 1]. */
  confidence: number;
}
