/** Words and stems the intent model reads: the shared normalisation (folding, typo repair), then tokens. */
import { PorterStemmer } from '../naturalParts';
import { normalise } from '../understand/normalise';

/** A word as the model reads it. */
export const WORD = /[a-z]+(?:'[a-z]+)?|\d+/g;

/** Lower-cased words of the text after normalisation ("I'v recieved" → ["i'v", "received"]). */
export function wordsOf(text: string): string[] {
  return normalise(text).match(WORD) ?? [];
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
