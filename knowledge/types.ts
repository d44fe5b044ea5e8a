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
  /** Why: the rule that decided, prefixed by how the conversation shaped it ("correction/past-timeline"). */
  reason?: string;
  /** What the reason rests on: the model's top intent and score, and the words or figures used. */
  evidence?: TriageEvidence;
}

export interface TriageEvidence {
  intent: string;
  score: number;
  detail: string;
}

/** Kinds of running process the policy knows (keys of `timelines` in policy.yaml). */
export type ProcessId = string;

/**
 * What the marketplace's records say about one order or case. Case lookups (adapters/cases)
 * return this; the triage rule reads it instead of asking the person.
 */
export interface CaseFacts {
  /** Order or case id as the person would type it, e.g. "KX-100234" or "D-5521". */
  id: string;
  kind: 'order' | 'case';
  /** The running process (a timeline id from policy.yaml), or null when nothing is running. */
  process: ProcessId | null;
  /** Free-form status label from the marketplace, e.g. "in_transit", "under_review", "resolved". */
  status: string;
  /** Whether the process has ended (resolved, delivered, closed). */
  closed: boolean;
  /** ISO 8601 instants. */
  openedAt: string;
  lastUpdateAt: string;
  /** True when the order is Dispatched by Kingston Express. */
  dispatchedByKx: boolean;
  /** Demo records are marked so nobody mistakes them for real data. */
  demo?: boolean;
}
