/**
 * BM25F over natural's tokens: per-field length normalisation and weights, one saturation per
 * document. Everything that does not depend on the query is folded into one number per
 * (term, document) at index time, so a query only adds precomputed floats.
 */
import { type Corpus, FIELD_WEIGHTS, FIELDS, idf } from './corpus';
import { type RankedDoc, type Ranker, TopK } from './ranker';

/**
 * BM25 constants. k1 is above the textbook 1.2 because a term repeated across an article's example
 * questions is a real signal of its topic, not noise to saturate quickly; b is per field because
 * question lists are long by design.
 */
export const BM25_K1 = 2;
const FIELD_B: Readonly<Record<(typeof FIELDS)[number], number>> = {
  title: 0.5,
  questions: 0.4,
  tags: 0.3,
  summary: 0.6,
  body: 0.75,
};

interface Postings {
  docs: Int32Array;
  contrib: Float32Array;
}

export class Bm25Ranker implements Ranker {
  private readonly postings = new Map<string, Postings>();
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  constructor(corpus: Corpus) {
    const n = corpus.ids.length;
    this.scores = new Float64Array(n);
    this.touched = new Int32Array(n);
    const avgLen = FIELDS.map((_, f) => {
      let total = 0;
      for (const doc of corpus.fieldTerms) total += doc[f].length;
      return Math.max(1, total / Math.max(1, n));
    });
    const build = new Map<string, { docs: number[]; contrib: number[] }>();
    corpus.fieldTerms.forEach((fields, doc) => {
      const weighted = new Map<string, number>();
      fields.forEach((terms, f) => {
        const field = FIELDS[f];
        const norm = 1 - FIELD_B[field] + FIELD_B[field] * (terms.length / avgLen[f]);
        const w = FIELD_WEIGHTS[field] / norm;
        for (const t of terms) weighted.set(t, (weighted.get(t) ?? 0) + w);
      });
      for (const [t, tf] of weighted) {
        const entry = build.get(t) ?? { docs: [], contrib: [] };
        entry.docs.push(doc);
        entry.contrib.push((idf(corpus, t) * tf * (BM25_K1 + 1)) / (BM25_K1 + tf));
        build.set(t, entry);
      }
    });
    for (const [t, e] of build) {
      this.postings.set(t, { docs: Int32Array.from(e.docs), contrib: Float32Array.from(e.contrib) });
    }
  }

  rank(terms: readonly string[], k: number, prior: Float32Array | null): RankedDoc[] {
    const { scores, touched } = this;
    // Rarest terms first: they pick the candidates; very common terms then only score those.
    const lists: Postings[] = [];
    for (const t of terms) {
      const p = this.postings.get(t);
      if (p) lists.push(p);
    }
    lists.sort((a, b) => a.docs.length - b.docs.length);
    let count = 0;
    for (const { docs, contrib } of lists) {
      if (count > 0 && docs.length >= LOOKUP_MIN_DF && count * LOOKUP_RATIO < docs.length) {
        for (let j = 0; j < count; j++) {
          const d = touched[j];
          const at = indexOf(docs, d);
          if (at >= 0) scores[d] += contrib[at];
        }
        continue;
      }
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (scores[d] === 0) touched[count++] = d;
        scores[d] += contrib[i];
      }
    }
    const top = new TopK(k);
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      top.offer(d, prior ? scores[d] * prior[d] : scores[d]);
      scores[d] = 0;
    }
    return top.items;
  }
}

/*
 * Past this many documents, a term that is far more common than the current candidate set is
 * looked up per candidate instead of scanned. Documents holding only such common words are then
 * not scored: they would rank below any document with a rarer query word anyway, up to rare ties.
 * Small Help Centers (fewer articles than this) are always scored exactly.
 */
const LOOKUP_MIN_DF = 512;
const LOOKUP_RATIO = 16;

function indexOf(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
