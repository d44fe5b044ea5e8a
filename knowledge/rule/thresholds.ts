/** Every number the rule decides with, in one place (STYLE.md §4: don't guess). */
export const THRESHOLDS = {
  /** Retrieval alone answers only at or above this confidence. */
  ANSWER_MIN_CONFIDENCE: 0.55,
  /** Retrieval alone answers text with no marketplace words only at or above this. */
  ANSWER_NO_DOMAIN_MIN_CONFIDENCE: 0.8,
  /** Below this gap between the two best articles, ask "did you mean" instead of picking. */
  AMBIGUITY_MARGIN: 0.08,
  /** Retrieval below this is not worth offering as a "did you mean" candidate. */
  CLARIFY_MIN_CONFIDENCE: 0.3,
  /** Query terms known to the Help Center below this share: the text is likely out of scope. */
  MIN_COVERAGE: 0.34,
  /** Topic cues this close to the strongest one may be picked by retrieval; weaker ones may not. */
  CUE_WEIGHT_MARGIN: 0.1,
  /** How many candidates a "did you mean" offers. */
  CLARIFY_CANDIDATES: 3,
} as const;

/** Confidence the view reports for each kind of decision that is not a retrieval score. */
export const CONFIDENCE = {
  strongCue: 0.92,
  timeline: 0.88,
  approximateTimeline: 0.75,
  cueTopic: 0.8,
  calm: 0.72,
  triage: 0.6,
  offDomain: 0.8,
} as const;
