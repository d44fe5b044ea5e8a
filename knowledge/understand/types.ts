/** What understanding a message yields: plain data the decision rule reads. */
import type { IntentReading } from '../nlu/model';
import type { ProcessId } from '../types';
import type { StartMention } from './dates';
import type { Emotion } from './emotion';
import type { MentionedIds } from './ids';

export interface ProcessMention {
  process: ProcessId;
  /** The person is inside this process (the model read `status` or `escalate:stalled`), not asking in general. */
  running: boolean;
  /** The words that named it. */
  matched: string;
  /** Named only by words for a purchase in general ("my order"): nothing new inside a more specific process. */
  generic?: boolean;
  /** The process the words name when a seller says them (processes.yml's forSellers). */
  forSellers?: ProcessId;
}

export interface Understanding {
  text: string;
  /** Lower-cased, folded, misspellings repaired. */
  normalised: string;
  /** What the learned model reads: every intent with its probability. */
  intent: IntentReading;
  /** Words asking about account security in general, before anything happened ("any tips"), or null (inGeneral.yaml). */
  inGeneral?: string | null;
  /** Words explaining an alert as the person's own doing ("it was me on my new laptop"), or null (inGeneral.yaml's ownDoing). */
  ownDoing?: string | null;
  /** Words that woke the security guard, or null (knowledge/understand/securityGuard.ts). */
  securityGuard: string | null;
  /** Words naming another company's own account, with nothing tying the message to ours ("my paypal"), or null. */
  elsewhereAccount: string | null;
  /** The message names this marketplace outright ("kingston", "on here", "your site"). */
  namesUs: boolean;
  /** The process the message names, if any. */
  process: ProcessMention | null;
  /** When the process started, if the person said. */
  start: StartMention | null;
  /** A date the person was promised that is behind us ("it was due on 13 November"). */
  promisedDateMissed: string | null;
  emotion: Emotion;
  /** Interrogative: "?", or starts like a question. */
  question: boolean;
  ids: MentionedIds;
  words: number;
  /** Waiting words ("still says under review", "no decision yet", "haven't heard"): something still runs. */
  waiting?: boolean;
  /** Words saying the parcel has arrived or been marked delivered (processes.yml's `arrived`). */
  arrived?: string;
  /** processes.yml's `disputeTrouble` words in the message ("closed with no decision", "vanished"), if any. */
  disputeTrouble?: string;
  /** processes.yml's `askedWhatNext` words ("what should I do now", "how do I respond"), if any. */
  askedWhatNext?: string;
  /**
   * processes.yml's `reviewUnderWay` words ("your security team opened a review"), with none of its
   * `newSinceReview` words, if any: a compromise told with them is the one already under review.
   */
  reviewUnderWay?: string;
  /** Words denying Kingston Express dispatched the order ("not one of your warehouse ones"). */
  dispatchDenied?: string;
  /**
   * Set by the conversation when it reads the message as part of a case it already knows (the
   * process and start established earlier): then a middling security score with none of the
   * guard's words is the model misreading talk about that case ("still haven't seen a penny").
   */
  inKnownCase?: boolean;
  /**
   * Set by the conversation for a few words that lean on what was said before ("placed tues",
   * "mine opened may 28" after a disputes answer): alone they give the model too little to go on,
   * so a middling security score with none of the guard's words is a guess, not a compromise told.
   */
  leansOnConversation?: boolean;
}
