/** The contract between retrieval (knowledge/search) and its callers (triage, dialogs). */

export interface SearchHit {
  /** Article id. */
  id: string;
  /** Ranker score, higher is better; only comparable within one query. */
  score: number;
}

export interface SearchResult {
  /** Best first, at most `limit` hits. Empty when nothing in the Help Center matches. */
  hits: SearchHit[];
  /**
   * How sure retrieval is that hits[0] answers the query, in [0, 1]: combines the absolute
   * match strength with the margin over the runner-up. Named thresholds live with the caller.
   */
  confidence: number;
  /** How many query terms (after normalisation) matched the Help Center vocabulary at all, in [0, 1]. */
  coverage: number;
}

export interface ArticleSearch {
  search(text: string, limit?: number): SearchResult;
}
