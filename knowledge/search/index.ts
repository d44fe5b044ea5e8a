/** Help Center retrieval: `createArticleSearch` builds an ArticleSearch over loaded articles. */
import { TextAnalyzer } from './analyzer';
import { Bm25Ranker } from './bm25';
import { computeConfidence } from './confidence';
import { type ArticleText, buildCorpus, type Corpus, docHasTerm, idf } from './corpus';
import type { Ranker } from './ranker';
import { loadSynonyms, type SynonymData } from './synonyms';
import type { ArticleSearch, SearchResult } from './types';

/** Builds a ranker over the analysed articles. */
export type RankerFactory = (corpus: Corpus) => Ranker;

/**
 * The ranker the bot uses: BM25, the best topic accuracy and the fastest of those compared
 * (tools/compareRankers.ts; the others live in tools/search/).
 */
export const bm25: RankerFactory = (corpus) => new Bm25Ranker(corpus);
export const DEFAULT_LIMIT = 5;
/** Score factor of seller-only articles when the message shows no sign of coming from a seller. */
export const SELLER_ONLY_PRIOR = 0.6;

export interface ArticleSearchOptions {
  ranker?: RankerFactory;
  /** Synonym data; defaults to knowledge/search/synonyms.yaml. */
  synonyms?: SynonymData;
}

const EMPTY: SearchResult = { hits: [], confidence: 0, coverage: 0 };

class HelpCenterSearch implements ArticleSearch {
  private readonly specificWeight: number;
  private readonly knownStems: ReadonlySet<string>;
  private readonly sellerCues: ReadonlySet<string>;
  /** Per-document score factor for buyer-looking messages; null when no article is seller-only. */
  private readonly buyerPrior: Float32Array | null;

  constructor(
    private readonly corpus: Corpus,
    private readonly ranker: Ranker,
    sellerCues: readonly string[],
  ) {
    const n = corpus.ids.length;
    this.specificWeight = Math.sqrt(Math.log(1 + (n - 1 + 0.5) / 1.5));
    this.knownStems = new Set(corpus.docFreq.keys());
    this.sellerCues = new Set(sellerCues.flatMap((c) => corpus.analyzer.terms(c)));
    this.buyerPrior = corpus.sellerOnly.some(Boolean)
      ? Float32Array.from(corpus.sellerOnly, (s) => (s ? SELLER_ONLY_PRIOR : 1))
      : null;
  }

  search(text: string, limit: number = DEFAULT_LIMIT): SearchResult {
    const { corpus } = this;
    const { terms } = corpus.analyzer.analyzeQuery(text, corpus.vocab, this.knownStems);
    if (terms.length === 0) return EMPTY;
    const known = terms.filter((t) => corpus.docFreq.has(t));
    const coverage = known.length / terms.length;
    if (known.length === 0) return { hits: [], confidence: 0, coverage: 0 };
    // At least two, so the lead over the runner-up is known even when one hit is asked for.
    const fromSeller = known.some((t) => this.sellerCues.has(t));
    const ranked = this.ranker.rank(known, Math.max(2, limit), fromSeller ? null : this.buyerPrior);
    if (ranked.length === 0) return { hits: [], confidence: 0, coverage };
    const topDoc = ranked[0].doc;
    let totalWeight = 0;
    let matchedWeight = 0;
    for (const t of terms) {
      // Damped idf: one unusual word (a product or place name) should not outweigh the rest.
      const w = Math.sqrt(idf(corpus, t));
      totalWeight += w;
      if (docHasTerm(corpus, t, topDoc)) matchedWeight += w;
    }
    const confidence = computeConfidence({
      totalWeight,
      matchedWeight,
      specificWeight: this.specificWeight,
      top: ranked[0].score,
      second: ranked[1]?.score ?? 0,
    });
    const hits = ranked.slice(0, Math.max(0, limit)).map((r) => ({ id: corpus.ids[r.doc], score: r.score }));
    return { hits, confidence, coverage };
  }
}

/**
 * Indexes the articles once (all normalisation, idf and postings are computed here) and returns
 * a search over them. Confidence and coverage are comparable across rankers.
 */
export function createArticleSearch(
  articles: readonly ArticleText[],
  opts: ArticleSearchOptions = {},
): ArticleSearch {
  const synonyms = opts.synonyms ?? loadSynonyms();
  const analyzer = new TextAnalyzer(synonyms);
  const corpus = buildCorpus(articles, analyzer);
  return new HelpCenterSearch(corpus, (opts.ranker ?? bm25)(corpus), synonyms.sellerCues);
}

export type { ArticleSearch, SearchHit, SearchResult } from './types';
