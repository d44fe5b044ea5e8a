/**
 * The analysed Help Center, computed once at index time and shared by every ranker: terms per
 * field, document frequencies, which documents hold which term, and the typo vocabulary.
 */
import type { Article } from '../kb/article';
import type { TextAnalyzer } from './analyzer';
import { FuzzyVocabulary } from './fuzzy';

/** Searchable fields, in the order rankers see them. */
export const FIELDS = ['title', 'questions', 'tags', 'summary', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * How much a match in each field counts. Titles and the example questions are written the way
 * customers ask; the body explains, and repeats many general words.
 */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = {
  title: 3,
  questions: 2.5,
  tags: 2,
  summary: 1.5,
  body: 1,
};

/** The fields of an article as plain text pieces (each question and tag is its own piece). */
export type ArticleText = Pick<Article, 'id' | 'title' | 'summary' | 'tags' | 'questions' | 'body'> &
  Partial<Pick<Article, 'audience' | 'reports'>>;

export interface Corpus {
  ids: string[];
  /** True for articles written only for sellers. */
  sellerOnly: boolean[];
  /** [doc][field] → terms, in FIELDS order. */
  fieldTerms: string[][][];
  docFreq: Map<string, number>;
  /** term → ascending doc indices holding it. */
  docsWith: Map<string, Int32Array>;
  vocab: FuzzyVocabulary;
  analyzer: TextAnalyzer;
}

/** Drops link targets and markup so URLs do not become words. */
function plainBody(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, ']').replace(/[#*_|`>-]+/g, ' ');
}

function fieldPieces(a: ArticleText): string[][] {
  // Reports ("I think my account was hacked") are found like the questions: same words, same field.
  const reports = Object.values(a.reports ?? {}).flatMap((r) => r ?? []);
  return [[a.title], [...a.questions, ...reports], a.tags, [a.summary], [plainBody(a.body)]];
}

/** Analyses every article once. */
export function buildCorpus(articles: readonly ArticleText[], analyzer: TextAnalyzer): Corpus {
  const surface = new Map<string, number>();
  const docSets = new Map<string, number[]>();
  const fieldTerms: string[][][] = [];
  articles.forEach((a, doc) => {
    const fields = fieldPieces(a).map((pieces) => {
      const terms: string[] = [];
      for (const p of pieces) {
        for (const w of analyzer.rawTokens(p)) surface.set(w, (surface.get(w) ?? 0) + 1);
        for (const t of analyzer.terms(p)) terms.push(t);
      }
      return terms;
    });
    fieldTerms.push(fields);
    for (const t of new Set(fields.flat())) {
      const list = docSets.get(t);
      if (list) list.push(doc);
      else docSets.set(t, [doc]);
    }
  });
  for (const w of analyzer.synonymWords) if (!surface.has(w)) surface.set(w, 1);
  const docsWith = new Map<string, Int32Array>();
  const docFreq = new Map<string, number>();
  for (const [t, list] of docSets) {
    docsWith.set(t, Int32Array.from(list));
    docFreq.set(t, list.length);
  }
  return {
    ids: articles.map((a) => a.id),
    sellerOnly: articles.map((a) => a.audience === 'seller'),
    fieldTerms,
    docFreq,
    docsWith,
    vocab: new FuzzyVocabulary(surface),
    analyzer,
  };
}

/** True when document `doc` contains `term` (binary search in its postings). */
export function docHasTerm(corpus: Corpus, term: string, doc: number): boolean {
  const list = corpus.docsWith.get(term);
  if (!list) return false;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid];
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** BM25's idf; a term no article uses gets the weight of df = 0 (it is as specific as it gets). */
export function idf(corpus: Corpus, term: string): number {
  const n = corpus.ids.length;
  const df = corpus.docFreq.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
