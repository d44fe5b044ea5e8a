/**
 * A message as model input: hashed sparse n-gram features plus a dense sentence vector.
 * - word stems and stem bigrams carry the wording the data shows;
 * - character 3- and 4-grams of each word make typos and inflections ("refnd", "hackers") land
 *   near the words the data has;
 * - the sentence vector (mean of word vectors) lets words the data never shows still count
 *   ("restitution" sits near "refund").
 * Hashing keeps the model a fixed size with no vocabulary to store; 2^15 buckets keep collisions rare at this vocabulary.
 */
import { defaultCompanyNames } from './companies';
import { stemOf, wordsOf } from './tokens';
import type { WordVectors } from './wordVectors';

export const HASH_BITS = 15;
const MASK = (1 << HASH_BITS) - 1;

export interface FeatureWeights {
  word: number;
  bigram: number;
  char: number;
  /** Scale of the dense sentence vector against the unit-length sparse part. */
  dense: number;
  /** "Mentions another company" (entities/other-companies.yml). */
  company: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = {
  word: 1,
  bigram: 0.7,
  char: 0.35,
  dense: 1,
  company: 1,
};

export interface Features {
  /** Bucket indices (may repeat; values add up). */
  index: Int32Array;
  value: Float32Array;
  /** Sentence vector, unit length × weights.dense, or null without word vectors. */
  dense: Float32Array | null;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a, 32 bits (cheap, stable across runs and platforms): the state after s[start, end) from h. */
function fnv(h: number, s: string, start = 0, end = s.length): number {
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const bucket = (h: number): number => (h >>> 0) & MASK;
const hash = (s: string): number => bucket(fnv(FNV_OFFSET, s));
/** The hash state after "c:", so a character n-gram is hashed in place, with no string made for it. */
const CHAR_PREFIX = fnv(FNV_OFFSET, 'c:');

export function featuresOf(text: string, vectors: WordVectors | null, w: FeatureWeights): Features {
  const words = wordsOf(text);
  const keys: number[] = [];
  const values: number[] = [];
  const add = (key: string, v: number) => {
    keys.push(hash(key));
    values.push(v);
  };
  let prev = '^';
  for (const word of words) {
    const stem = stemOf(word);
    add(`w:${stem}`, w.word);
    add(`b:${prev} ${stem}`, w.bigram);
    prev = stem;
    if (w.char > 0 && word.length > 2 && !/^\d+$/.test(word)) {
      const padded = `<${word}>`;
      for (let n = 3; n <= 4; n++)
        for (let i = 0; i + n <= padded.length; i++) {
          keys.push(bucket(fnv(CHAR_PREFIX, padded, i, i + n)));
          values.push(w.char);
        }
    }
  }
  if (words.length > 0) add(`b:${prev} $`, w.bigram);
  if (w.company > 0 && defaultCompanyNames().mentionedIn(words)) add('e:other-company', w.company);
  let norm = 0;
  for (const v of values) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  const value = Float32Array.from(values, (v) => v / norm);
  const dense = vectors && w.dense > 0 ? vectors.sentence(words, w.dense) : null;
  return { index: Int32Array.from(keys), value, dense };
}
