/**
 * How the message is said: natural's AFINN sentiment, shouting and exclamation marks. Whether it
 * is frustration with nothing new (the `calm` outcome) is the model's call; this only says how
 * strongly it shows, for telling "wait" from "calm" on a process within its timeline.
 */
import { PorterStemmer } from '../naturalParts';
import { afinnSentiment } from './sentiment';

export interface Emotion {
  /** AFINN sentiment, averaged per word: below 0 is negative. */
  sentiment: number;
  /** Mostly capital letters (shouting). */
  capitals: boolean;
  exclamations: number;
  /** Strong negative sentiment, or shouting with "!", or "!!!". */
  frustrated: boolean;
  /** Pressing for speed ("can't you hurry it up", "get them to check it today please"): URGENCY. */
  urgent: boolean;
}

/**
 * Words that press for speed, whole words in the normalised text. Urgency with no new information
 * is calmed like frustration (DESIGN.md's rule table); add a phrasing here, not a pattern elsewhere.
 */
export const URGENCY: readonly string[] = [
  'hurry',
  'hurry up',
  'speed it up',
  'speed this up',
  'speed things up',
  'make it faster',
  'make it quicker',
  'any faster',
  'asap',
  'right now',
  'immediately',
  'get them to',
  'make them',
  'chase them',
  'push them',
  'do something',
  'today please',
  'just send it',
  'sort it out now',
  'push it through',
  'hurry it along',
  'fast track',
  'expedite',
  'right away',
];
const URGENCY_PATTERN = new RegExp(`\\b(?:${URGENCY.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`);

/** Stems are memoised: people reuse words, and stemming is most of the analyzer's cost. */
const stems = new Map<string, string>();
const cachedStemmer = {
  stem(word: string): string {
    let s = stems.get(word);
    if (s === undefined) {
      s = PorterStemmer.stem(word);
      if (stems.size < 100_000) stems.set(word, s);
    }
    return s;
  },
};
const sentimentOf = afinnSentiment(cachedStemmer);

/** `raw` is the text as typed (for capitals), `norm` the normalised text. */
export function readEmotion(raw: string, norm: string): Emotion {
  const words = norm.match(/[a-z']+/g) ?? [];
  const sentiment = sentimentOf(words);
  const letters = raw.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  const capitals = letters.length >= 8 && upper / letters.length > 0.7;
  const exclamations = (raw.match(/!/g) ?? []).length;
  const frustrated = sentiment <= -0.6 || (capitals && exclamations > 0) || exclamations >= 3;
  const urgent = URGENCY_PATTERN.test(norm);
  return { sentiment, capitals, exclamations, frustrated, urgent };
}
