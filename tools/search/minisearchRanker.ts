/**
 * MiniSearch (BM25+) over the same normalised terms as the other rankers: documents are stored
 * as space-joined terms, so MiniSearch's own tokenizer only splits on spaces.
 */
import MiniSearch from 'minisearch';
import { type Corpus, FIELD_WEIGHTS, FIELDS } from '../../knowledge/search/corpus';
import { type RankedDoc, type Ranker } from '../../knowledge/search/ranker';

type Doc = { id: number } & Record<(typeof FIELDS)[number], string>;

const splitSpaces = (s: string): string[] => s.split(' ');

export class MiniSearchRanker implements Ranker {
  private readonly index: MiniSearch<Doc>;

  constructor(corpus: Corpus) {
    this.index = new MiniSearch<Doc>({
      fields: [...FIELDS],
      tokenize: splitSpaces,
      processTerm: (t) => (t.length > 0 ? t : null),
      searchOptions: {
        boost: { ...FIELD_WEIGHTS },
        combineWith: 'OR',
        prefix: false,
        fuzzy: false,
        tokenize: splitSpaces,
        processTerm: (t) => t,
      },
    });
    this.index.addAll(
      corpus.fieldTerms.map((fields, id) => {
        const doc = { id } as Doc;
        FIELDS.forEach((f, i) => {
          doc[f] = fields[i].join(' ');
        });
        return doc;
      }),
    );
  }

  rank(terms: readonly string[], k: number, prior: Float32Array | null): RankedDoc[] {
    if (terms.length === 0) return [];
    const results = this.index.search(
      terms.join(' '),
      prior ? { boostDocument: (id: unknown) => prior[Number(id)] } : undefined,
    );
    return results.slice(0, k).map((r) => ({ doc: Number(r.id), score: r.score }));
  }
}
