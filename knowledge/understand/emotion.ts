/**
 * How the message is said: natural's AFINN sentiment, shouting and exclamation marks. Whether it
 * is frustration with nothing new (the `calm` outcome) is the model's call; this only says how
 * strongly it shows, for telling "wait" from "calm" on a process within its timeline.
 */
import { PorterStemmer } from '../naturalParts';
import { afinnSentiment } from './sentiment';
import { complaintIn } from './feelings';
import { anyPhraseOf } from './phrasePattern';
import { urgencyPhrases } from './urgency';

export interface Emotion {
  /** AFINN sentiment, averaged per word: below 0 is negative. */
  sentiment: number;
  /** Mostly capital letters (shouting). */
  capitals: boolean;
  exclamations: number;
  /** Strong negative sentiment, or shouting with "!", or "!!!". */
  frustrated: boolean;
  /**
   * The words saying the person is fed up ("unacceptable", "what a joke"; feelings.ts), however
   * long the message: enough to calm a process within its timeline, not to take a message with a
   * subject of its own off that subject.
   */
  complaint?: string;
  /** Pressing for speed ("can't you hurry it up", "get them to check it today please"): urgency.yaml. */
  urgent: boolean;
  /** Saying how it feels ("I'm honestly shaking", "so worried"): urgency.yaml's distress. */
  distressed?: true;
}

/** The urgency phrasings and the no-hurry ones as whole-word patterns, built once on first use. */
let urgencyPatterns: { urgent: RegExp; notUrgent: RegExp; distress: RegExp } | undefined;
function urgencyPatternsOf(): { urgent: RegExp; notUrgent: RegExp; distress: RegExp } {
  if (!urgencyPatterns) {
    const { urgency, notUrgent, distress } = urgencyPhrases();
    urgencyPatterns = {
      urgent: anyPhraseOf(urgency),
      notUrgent: anyPhraseOf(notUrgent, 'g'),
      distress: anyPhraseOf(distress),
    };
  }
  return urgencyPatterns;
}

/** Presses for speed, once the words saying there is no hurry ("not in a hurry") are taken out. */
function pressesForSpeed(norm: string): boolean {
  const { urgent, notUrgent } = urgencyPatternsOf();
  return urgent.test(norm.replace(notUrgent, ' '));
}

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
  const complaint = complaintIn(norm);
  const frustrated = sentiment <= -0.6 || (capitals && exclamations > 0) || exclamations >= 3;
  const urgent = pressesForSpeed(norm);
  const distressed = urgencyPatternsOf().distress.test(norm);
  return {
    sentiment,
    capitals,
    exclamations,
    frustrated,
    urgent,
    ...(complaint !== null ? { complaint } : {}),
    ...(distressed ? { distressed } : {}),
  };
}
