/**
 * The rankers compared for Help Center retrieval: the bot's BM25 and two it was measured against
 * (tools/compareRankers.ts, the search benchmark). Only BM25 ships in the server.
 */
import { bm25, type RankerFactory } from '../../knowledge/search';
import { MiniSearchRanker } from './minisearchRanker';
import { TfIdfRanker } from './tfidfRanker';

export const RANKERS: Readonly<Record<'bm25' | 'minisearch' | 'tfidf', RankerFactory>> = {
  bm25,
  minisearch: (corpus) => new MiniSearchRanker(corpus),
  tfidf: (corpus) => new TfIdfRanker(corpus),
};
