/** Words and stems the intent model reads: the shared normalisation (folding, typo repair), then tokens. */
import { PorterStemmer } from '../naturalParts';
import { normalise } from '../understand/normalise';

/** A word as the model reads it. */
export const WORD = /[a-z]+(?:'[a-z]+)?|\d+/g;

/**
 * An order number's letters ("KX-20931", "ke448120"): the marketplace's prefix, not a word the
 * person said, so only the number is read ("kx" alone is Kingston Express's warehouse). A case's
 * letters (CB-, D-, R-: chargeback, dispute, return) say what it is and stay.
 */
const ORDER_PREFIX = /\b(?!(?:cb|d|r|c|case)-)[a-z]{2,4}-?(?=\d{4,}\b)/g;

/** What the tokens are made of, so a change to them retrains the cached model. */
export const TOKEN_RULES: readonly string[] = [WORD.source, ORDER_PREFIX.source];

/** Lower-cased words of the text after normalisation ("I'v recieved" → ["i'v", "received"]). */
export function wordsOf(text: string): string[] {
  return normalise(text).replace(ORDER_PREFIX, '').match(WORD) ?? [];
}

/** Stems are memoised: people reuse words, and stemming is most of tokenising's cost. */
const stems = new Map<string, string>();
export function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^\d+$/.test(word) ? '#' : PorterStemmer.stem(word.replace(/'/g, ''));
    if (stems.size < 200_000) stems.set(word, s);
  }
  return s;
}
