/**
 * Search latency over synthetic Help Centers, for `npm run bench` to print beside its other
 * tables. A measurement, never a timed test.
 */
import { performance } from 'node:perf_hooks';
import { createArticleSearch, type RankerName } from './index';
import type { SynonymData } from './synonyms';
import { generateArticles, generateQueries } from './synthetic';

export interface LatencyReport {
  ranker: RankerName;
  articles: number;
  queries: number;
  indexMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Indexes `articles` synthetic articles and times `queries` searches (after a warm-up). */
export function measureSearchLatency(opts: {
  articles: number;
  queries: number;
  ranker?: RankerName;
  synonyms?: SynonymData;
  seed?: number;
}): LatencyReport {
  const ranker = opts.ranker ?? 'bm25';
  const articles = generateArticles(opts.articles, opts.seed ?? 1);
  const t0 = performance.now();
  const search = createArticleSearch(articles, { ranker, synonyms: opts.synonyms });
  const indexMs = performance.now() - t0;
  const queries = generateQueries(articles, opts.queries, (opts.seed ?? 1) + 1);
  for (const q of queries.slice(0, 200)) search.search(q, 5);
  const times = new Float64Array(queries.length);
  for (let i = 0; i < queries.length; i++) {
    const s = performance.now();
    search.search(queries[i], 5);
    times[i] = performance.now() - s;
  }
  times.sort();
  return {
    ranker,
    articles: opts.articles,
    queries: queries.length,
    indexMs,
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    maxMs: times[times.length - 1],
  };
}
