/** Emotion and urgency: natural's AFINN sentiment plus the seed's cues (hurry, repetition, capitals, "!"). */
import { SentimentAnalyzer } from 'natural/lib/natural/sentiment';
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { EMOTION_CUES } from './cues';

export interface Emotion {
  /** AFINN sentiment, averaged per word: below 0 is negative. */
  sentiment: number;
  /** Matched criticism cues ("useless", "bad service"). */
  criticism: string[];
  /** Matched speed-up cues ("hurry", "asap", "right now"). */
  urgency: string[];
  /** "again", "I already asked". */
  repetition: boolean;
  /** Says outright they keep asking ("third time I ask"): enough on its own, even with no marketplace word. */
  repeatedAsk: boolean;
  /** Mostly capital letters (shouting). */
  capitals: boolean;
  exclamations: number;
  /** Frustration shows: criticism, strong negative sentiment, or shouting with "!". */
  frustrated: boolean;
}

/** Stems are memoised: people reuse words, and stemming is most of the analyzer's cost. */
const stems = new Map<string, string>();
const cachedStemmer = {
  stem(word: string): string {
    let s = stems.get(word);
    if (s === undefined) {
      s = PorterStemmer.stem(word);
      stems.set(word, s);
    }
    return s;
  },
};
/** Built once per process: analyzer construction reads the AFINN list. */
const analyzer = new SentimentAnalyzer('English', cachedStemmer as typeof PorterStemmer, 'afinn');
const compile = (list: string[]) => list.map((p) => new RegExp(p, 'i'));
const CRITICISM = compile(EMOTION_CUES.criticism);
const CRITICISM_WORDS = compile(EMOTION_CUES.criticismWords);
/** Harsh words aimed at us: "you", "your", or this app / site / service / company. */
const ADDRESSED =
  /\b(?:you|your|ur|u|this|these|app|site|website|service|support|company|platform|kingston|kx)\b/;
const URGENCY = compile(EMOTION_CUES.urgency);
const URGENCY_IN_DOMAIN = compile(EMOTION_CUES.urgencyInDomain);
const REPETITION = compile(EMOTION_CUES.repetition);
const REPEATED_ASK = compile(EMOTION_CUES.repeatedAsk);

function matches(res: RegExp[], text: string): string[] {
  const out: string[] = [];
  for (const re of res) {
    const m = re.exec(text);
    if (m) out.push(m[0]);
  }
  return out;
}

/**
 * `raw` is the text as typed (for capitals), `norm` the normalised text; `inDomain` lets weak
 * speed-up words ("now please") count only when the message is about the marketplace.
 */
export function readEmotion(raw: string, norm: string, inDomain: boolean): Emotion {
  const words = norm.match(/[a-z']+/g) ?? [];
  const sentiment = words.length ? analyzer.getSentiment(words) : 0;
  const letters = raw.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  const capitals = letters.length >= 8 && upper / letters.length > 0.7;
  const exclamations = (raw.match(/!/g) ?? []).length;
  const harsh = words.length <= 5 || inDomain || ADDRESSED.test(norm) ? matches(CRITICISM_WORDS, norm) : [];
  const criticism = [...matches(CRITICISM, norm), ...harsh];
  const urgency = [...matches(URGENCY, norm), ...(inDomain ? matches(URGENCY_IN_DOMAIN, norm) : [])];
  const repeatedAsk = REPEATED_ASK.some((re) => re.test(norm));
  const repetition = repeatedAsk || REPETITION.some((re) => re.test(norm));
  const frustrated =
    criticism.length > 0 || sentiment <= -0.6 || (capitals && exclamations > 0) || exclamations >= 3;
  return { sentiment, criticism, urgency, repetition, repeatedAsk, capitals, exclamations, frustrated };
}
