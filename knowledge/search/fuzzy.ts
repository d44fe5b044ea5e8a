/**
 * Typo tolerance: finds the closest known word for an unknown one. Candidates come from a
 * precomputed one-deletion neighbourhood (the SymSpell idea), so a lookup is a handful of map
 * reads instead of a scan of the vocabulary; natural's Damerau-Levenshtein confirms the distance.
 */
import { DamerauLevenshteinDistance } from '../naturalParts';

/** Words shorter than this are never corrected: too many real words are one edit apart. */
export const MIN_FUZZY_LENGTH = 4;
/** From this length on, two edits are allowed. */
export const TWO_EDITS_LENGTH = 9;
const DL_OPTIONS = { transposition_cost: 1 } as const;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export class FuzzyVocabulary {
  private readonly freq: Map<string, number>;
  private readonly byDeletion = new Map<string, string[]>();

  /** @param words surface word → how often it occurs (ties prefer the more frequent word). */
  constructor(words: Map<string, number>) {
    this.freq = words;
    for (const w of words.keys()) {
      if (w.length < MIN_FUZZY_LENGTH - 1) continue;
      this.add(w, w);
      for (const d of deletions(w)) this.add(d, w);
    }
  }

  private add(key: string, word: string): void {
    const list = this.byDeletion.get(key);
    if (!list) this.byDeletion.set(key, [word]);
    else if (list[list.length - 1] !== word) list.push(word);
  }

  has(word: string): boolean {
    return this.freq.has(word);
  }

  get size(): number {
    return this.freq.size;
  }

  /** The closest known word within the allowed edits, or null. */
  correct(word: string): string | null {
    if (word.length < MIN_FUZZY_LENGTH || this.freq.has(word)) return null;
    const maxEdits = word.length >= TWO_EDITS_LENGTH ? 2 : 1;
    let best: string | null = null;
    let bestDist = Infinity;
    let bestFreq = -1;
    const consider = (candidates: string[] | undefined): void => {
      if (!candidates) return;
      for (const c of candidates) {
        if (Math.abs(c.length - word.length) > maxEdits || c.length < MIN_FUZZY_LENGTH) continue;
        const d = DamerauLevenshteinDistance(word, c, DL_OPTIONS);
        if (d > maxEdits) continue;
        const f = this.freq.get(c) ?? 0;
        if (
          d < bestDist ||
          (d === bestDist && (f > bestFreq || (f === bestFreq && best !== null && c < best)))
        ) {
          best = c;
          bestDist = d;
          bestFreq = f;
        }
      }
    };
    consider(this.byDeletion.get(word));
    for (const d of deletions(word)) consider(this.byDeletion.get(d));
    return best;
  }
}
