/** What every ranker behind ArticleSearch provides. */

/** A document index (into Corpus.ids) and its score. */
export interface RankedDoc {
  doc: number;
  score: number;
}

export interface Ranker {
  /**
   * The best `k` documents for already-normalised, distinct query terms, best first; score > 0.
   * `prior` (one factor per document, or null) multiplies each document's score.
   */
  rank(terms: readonly string[], k: number, prior: Float32Array | null): RankedDoc[];
}

/** Keeps the k best (score desc, then doc asc for determinism) in a small sorted array. */
export class TopK {
  readonly items: RankedDoc[] = [];
  constructor(private readonly k: number) {}

  offer(doc: number, score: number): void {
    const items = this.items;
    if (items.length === this.k) {
      const last = items[items.length - 1];
      if (score < last.score || (score === last.score && doc > last.doc)) return;
      items.pop();
    }
    let i = items.length;
    while (i > 0 && (items[i - 1].score < score || (items[i - 1].score === score && items[i - 1].doc > doc)))
      i--;
    items.splice(i, 0, { doc, score });
  }
}
