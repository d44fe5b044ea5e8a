/**
 * natural's TfIdf as a baseline ranker. Field weights are applied by repeating a field's terms;
 * natural scores every document for every query, so this one is for comparison, not for scale.
 */
import { TfIdf } from 'natural/lib/natural/tfidf';
import { type Corpus, FIELD_WEIGHTS, FIELDS } from '../../knowledge/search/corpus';
import { type RankedDoc, type Ranker, TopK } from '../../knowledge/search/ranker';

export class TfIdfRanker implements Ranker {
  private readonly tfidf = new TfIdf();

  constructor(corpus: Corpus) {
    for (const fields of corpus.fieldTerms) {
      const doc: string[] = [];
      FIELDS.forEach((f, i) => {
        const times = Math.max(1, Math.round(FIELD_WEIGHTS[f]));
        for (let r = 0; r < times; r++) doc.push(...fields[i]);
      });
      this.tfidf.addDocument(doc);
    }
  }

  rank(terms: readonly string[], k: number, prior: Float32Array | null): RankedDoc[] {
    if (terms.length === 0) return [];
    const scores = this.tfidf.tfidfs([...terms]);
    const top = new TopK(k);
    scores.forEach((s, doc) => {
      if (s > 0) top.offer(doc, prior ? s * prior[doc] : s);
    });
    return top.items;
  }
}
