/** What understanding a message yields: plain data the decision rule reads. */
import type { Category, ProcessId } from '../types';
import type { CueStrength } from './cues';
import type { StartMention } from './dates';
import type { Emotion } from './emotion';
import type { MentionedIds } from './ids';

export interface CategorySignal {
  category: Category;
  strength: CueStrength;
  /** Cue id and the words that matched, for the decision's reason. */
  cue: string;
  matched: string;
}

export interface ProcessMention {
  process: ProcessId;
  /** The person is inside this process ("I opened a dispute", "still waiting"), not asking in general. */
  running: boolean;
  /** Read from "<process> was approved / has been open": act on it only when it is past its timeline. */
  onlyIfOverdue?: boolean;
  matched: string;
}

export interface TopicSignal {
  topic: string;
  weight: number;
  matched: string;
}

export interface Understanding {
  text: string;
  /** Lower-cased, folded, misspellings repaired. */
  normalised: string;
  /** Escalation category signals, most urgent first. */
  categories: CategorySignal[];
  process: ProcessMention | null;
  /** When the process started, if the person said. */
  start: StartMention | null;
  /** New information or an error (rule question 2). */
  newInfo: { cue: string; strength: CueStrength; matched: string }[];
  /** "I want to talk to a human": not a category, a cue for the walk-through. */
  asksForHuman: boolean;
  /** A bare "I need help" with nothing else: the walk-through, not a guess. */
  asksForHelp: boolean;
  emotion: Emotion;
  /** Interrogative: "?", or starts like a question. */
  question: boolean;
  /** Asks for something: "I want to…", "help me…", "can you…". */
  request: boolean;
  ids: MentionedIds;
  /** Help Center topics named by cues, strongest first. */
  topics: TopicSignal[];
  /** How clearly the text is about the marketplace at all. */
  domain: 'strong' | 'weak' | 'none';
  /** Words of another world (banking, travel, health…) with no core marketplace word. */
  offDomain: boolean;
  words: number;
}
