/**
 * Confidence of a search, in [0, 1], from three things a reader can check:
 * - strength: the share of the message's information (terms weighted by √idf) the top article covers;
 *   words no article uses count fully against it, which is what makes off-topic text score low;
 * - specificity: whether what matched is specific at all (one rare term is enough, only common
 *   words are not);
 * - lead: how far the top article is ahead of the runner-up (a tie means "not sure which").
 */

/** A lead of this share of the top score counts as clearly ahead. */
export const CLEAR_LEAD = 0.3;
/** Confidence kept when the top two are tied; the rest is earned by the lead. */
export const TIE_FLOOR = 0.55;

export interface ConfidenceInput {
  /** Σ weight of all the query's content terms (known or not). */
  totalWeight: number;
  /** Σ weight of the query terms the top article contains. */
  matchedWeight: number;
  /** Weight of a term found in exactly one article: matching that much is fully specific. */
  specificWeight: number;
  top: number;
  /** Score of the runner-up, 0 when there is none. */
  second: number;
}

/** Combines strength, specificity and lead; 0 when nothing matched. */
export function computeConfidence(i: ConfidenceInput): number {
  if (i.top <= 0 || i.totalWeight <= 0 || i.matchedWeight <= 0) return 0;
  const strength = Math.min(1, i.matchedWeight / i.totalWeight);
  const specificity = Math.min(1, i.matchedWeight / i.specificWeight);
  const lead = Math.min(1, Math.max(0, (i.top - i.second) / i.top) / CLEAR_LEAD);
  const value = strength * Math.sqrt(specificity) * (TIE_FLOOR + (1 - TIE_FLOOR) * lead);
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
