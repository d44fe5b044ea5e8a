/**
 * The normalised form of a question: the search's own analyzer (lower case, punctuation, stop
 * words and filler dropped, Porter stems, the synonym map), then the distinct terms in sorted
 * order. Sorting makes "refund how long" and "how long for a refund" one group; the synonym map
 * makes "parcel" and "package" one. Nothing fuzzy, so the lead can predict every group.
 */
import { TextAnalyzer } from '../search/analyzer';
import type { SynonymData } from '../search/synonyms';
import type { QuestionKey } from './types';

/**
 * Builds the {@link QuestionKey} for `synonyms` (usually knowledge/search/synonyms.yaml, so the
 * inbox reads words as the search does). A question made only of filler ("hello??") keeps its
 * lower-cased words, so such messages group by what they literally say.
 */
export function createQuestionKey(synonyms: SynonymData): QuestionKey {
  const analyzer = new TextAnalyzer(synonyms);
  return (text) => {
    const terms = [...new Set(analyzer.terms(text))].sort();
    if (terms.length > 0) return terms.join(' ');
    const words = analyzer.rawTokens(text);
    return words.length > 0 ? words.join(' ') : text.trim().toLowerCase();
  };
}
