/**
 * Text normalisation shared by articles and messages: natural's word tokenizer, lower case,
 * Porter stems, natural's English stop words, then the synonym map. Articles and messages go
 * through the same steps so "parcel" in a message meets "package" in an article.
 */
import { PorterStemmer, WordTokenizer } from '../naturalParts';
import { z } from 'zod';
import type { FuzzyVocabulary } from './fuzzy';
import type { SynonymData } from './synonyms';

/*
 * natural's util index loads its storage backends (and dotenv, which prints to stdout), so the
 * word list is read from its own file; it has no typings, hence the parse.
 */
const NATURAL_STOPWORDS = z
  .object({ words: z.array(z.string()) })
  .parse(require('natural/lib/natural/util/stopwords')).words;

interface PhraseRule {
  seq: string[];
  canon: string[];
}

/** What a message turned into, with the typo corrections made on the way. */
export interface AnalyzedQuery {
  /** Distinct content terms, in order of first appearance. */
  terms: string[];
  /** Misspelt word → the known word used instead. */
  corrections: Map<string, string>;
}

const CACHE_LIMIT = 50_000;

export class TextAnalyzer {
  private readonly tokenizer = new WordTokenizer();
  private readonly stop: Set<string>;
  private readonly ignore: Set<string>;
  private readonly rules = new Map<string, PhraseRule[]>();
  private readonly stemCache = new Map<string, string>();
  /** Every surface word a synonym rule mentions: typos are corrected towards these too. */
  readonly synonymWords = new Set<string>();

  constructor(data: SynonymData) {
    const keep = new Set(data.keep.map((w) => w.toLowerCase()));
    this.stop = new Set(NATURAL_STOPWORDS.filter((w) => !keep.has(w)));
    this.ignore = new Set<string>();
    for (const w of data.ignore) {
      for (const t of this.rawTokens(w)) {
        this.ignore.add(t);
        this.ignore.add(this.stem(t));
      }
    }
    for (const [canonical, variants] of Object.entries(data.synonyms)) {
      const canon = this.rawTokens(canonical)
        .filter((t) => !this.stop.has(t))
        .map((t) => this.stem(t));
      for (const v of [canonical, ...variants]) {
        const raw = this.rawTokens(v);
        raw.forEach((t) => this.synonymWords.add(t));
        const seq = raw.map((t) => this.stem(t));
        if (seq.length === 0 || (seq.length === 1 && canon.length === 1 && seq[0] === canon[0])) continue;
        const list = this.rules.get(seq[0]) ?? [];
        list.push({ seq, canon });
        this.rules.set(seq[0], list);
      }
    }
    // Longest phrase first, so "cash on delivery" wins over "delivery".
    for (const list of this.rules.values()) list.sort((a, b) => b.seq.length - a.seq.length);
  }

  /** Lower-cased word tokens, before stemming: the surface vocabulary typos are matched against. */
  rawTokens(text: string): string[] {
    // NFKC folds look-alike letters (full-width, mathematical script) into plain ones.
    return this.tokenizer.tokenize(text.normalize('NFKC').toLowerCase()).filter((t) => t.length > 0);
  }

  /** Index side: the content terms of a text, repeated as often as they occur. */
  terms(text: string): string[] {
    return this.fromRaw(this.rawTokens(text), null, null);
  }

  /** Query side: like `terms`, but unknown words are corrected against `vocab`, and terms are distinct. */
  analyzeQuery(
    text: string,
    vocab: FuzzyVocabulary | null,
    knownStems: ReadonlySet<string> | null,
  ): AnalyzedQuery {
    const corrections = new Map<string, string>();
    const terms = this.fromRaw(this.rawTokens(text), vocab, knownStems, corrections);
    return { terms: [...new Set(terms)], corrections };
  }

  /** True for words that carry no topic (stop words and the ignore list). */
  isNoise(rawToken: string): boolean {
    return this.stop.has(rawToken) || this.ignore.has(rawToken);
  }

  private stem(word: string): string {
    let s = this.stemCache.get(word);
    if (s === undefined) {
      s = PorterStemmer.stem(word);
      if (this.stemCache.size < CACHE_LIMIT) this.stemCache.set(word, s);
    }
    return s;
  }

  private fromRaw(
    raw: string[],
    vocab: FuzzyVocabulary | null,
    knownStems: ReadonlySet<string> | null,
    corrections?: Map<string, string>,
  ): string[] {
    const stems: string[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      let word = raw[i];
      if (vocab && !this.isNoise(word) && !vocab.has(word) && !knownStems?.has(this.stem(word))) {
        const fixed = vocab.correct(word);
        if (fixed !== null) {
          corrections?.set(word, fixed);
          word = fixed;
          raw[i] = fixed;
        }
      }
      stems[i] = this.stem(word);
    }
    const out: string[] = [];
    for (let i = 0; i < raw.length;) {
      const rule = this.matchRule(stems, i);
      if (rule) {
        for (const c of rule.canon) out.push(c);
        i += rule.seq.length;
        continue;
      }
      if (!this.isNoise(raw[i]) && !this.isNoise(stems[i]) && !/^\d+$/.test(raw[i])) out.push(stems[i]);
      i++;
    }
    return out;
  }

  private matchRule(stems: string[], at: number): PhraseRule | null {
    const candidates = this.rules.get(stems[at]);
    if (!candidates) return null;
    for (const rule of candidates) {
      if (at + rule.seq.length > stems.length) continue;
      let ok = true;
      for (let k = 1; k < rule.seq.length; k++) {
        if (stems[at + k] !== rule.seq[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return rule;
    }
    return null;
  }
}
