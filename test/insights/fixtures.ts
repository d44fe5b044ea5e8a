/** Small, explicit vocabulary for the insights tests: the real synonyms file is edited by others. */
import type { SynonymData } from '../../knowledge/search/synonyms';
import type { ArticleVote, UnansweredQuestion } from '../../knowledge/insights';

export const SYNONYMS: SynonymData = {
  ignore: ['please', 'hi', 'hello', 'thanks', 'need'],
  keep: ['when', 'where'],
  sellerCues: [],
  synonyms: { package: ['parcel', 'parcels'], refund: ['money back'] },
};

let nextId = 1;

/** A question asked at `at`, with the articles the search proposed (best first). */
export function question(text: string, at: string, proposed: string[] = []): UnansweredQuestion {
  return { id: nextId++, text, at, topCandidates: proposed.map((id, i) => ({ id, score: -i })) };
}

/** A vote on `articleId`. */
export function vote(
  articleId: string,
  helpful: boolean,
  at: string,
  text: string | null = null,
): ArticleVote {
  return { articleId, helpful, at, text };
}
