import type { ConversationMemory, TurnContext, TurnDecision } from '../conversation';
import type { CaseFacts, Category, TriageView } from '../types';

/** An article as the conversation shows it: the short answer and where to read more. */
export interface ArticleRef {
  id: string;
  title: string;
  summary: string;
  url: string;
}

/** A running process as the conversation speaks of it, with its timeline from policy.yaml. */
export interface ProcessRef {
  id: string;
  label: string;
  /** "10 business days" */
  durationText: string;
  /** What happens when the timeline ends. */
  next: string;
  articleId: string;
}

/** `channelData.triage` of a reply (DESIGN.md contract 3): the view and why. */
export interface DecisionView extends TriageView {
  reason: string;
}

interface Base {
  view: DecisionView;
  /** Why, from the rule's `as const` reason list: logged, counted, tested. */
  reason: string;
}

/** What the knowledge layer concluded about one message in its context; dialogs act it out. */
export type Assessment =
  | (Base & { kind: 'answer'; article: ArticleRef })
  | (Base & { kind: 'clarify'; candidates: ArticleRef[] })
  | (Base & { kind: 'out_of_scope' })
  | (Base & { kind: 'triage' })
  | (Base & { kind: 'calm'; process?: ProcessRef; due?: Date; openCase?: Category })
  | (Base & { kind: 'wait'; process: ProcessRef; due: Date })
  | (Base & { kind: 'escalate'; category: Category; caseId?: string; process?: ProcessRef; due?: Date })
  /** A running process is mentioned but neither its start nor its record is known: ask. */
  | (Base & { kind: 'check_case'; process: ProcessRef | null; caseId?: string; article?: ArticleRef });

export interface AssessContext {
  now: Date;
  /** The person's IANA time zone when the channel tells it. */
  timeZone?: string;
  /** The record of the order or case the person named, when it was found. */
  facts?: CaseFacts | null;
  /** A process and start the conversation already established (case check answers). */
  process?: string;
  startedAt?: Date;
  /**
   * The person's answer to the bot's question ("ordered sat"): the first message still says what
   * happened, but how they feel now is read from the answer, so a date given plainly after "my
   * order still aint shipped wtf" is waited on, not calmed.
   */
  reply?: string;
}

/** What one turn of the conversation comes to, for the dialogs to act out. */
export type TurnOutcome =
  /** A cancel, or an answer to the bot's pending question: as the conversation's step decided them. */
  | Exclude<TurnDecision, { kind: 'rule' }>
  | {
      kind: 'assessed';
      assessment: Assessment;
      context: TurnContext;
      /** It repeats the status and due date the person was already given. */
      repeats: boolean;
    };

export interface TurnInput {
  now: Date;
  timeZone?: string;
  /** The record of the id the message names, else of the case under discussion; null when none. */
  facts?: CaseFacts | null;
}

/** The knowledge layer's face towards the dialogs: pure, synchronous, data in and out. */
export interface Assistant {
  /** One message read in its conversation: the outcome and the memory after it (pure). */
  turn(
    memory: ConversationMemory,
    text: string,
    input: TurnInput,
  ): { outcome: TurnOutcome; next: ConversationMemory };
  /** One message on its own (with what a flow established passed in `ctx`). */
  assess(text: string, ctx: AssessContext): Assessment;
  /** Whether the rule reads the message as account security (the relay's question while a ticket is open). */
  readsAsSecurity(text: string, now: Date): boolean;
  article(id: string): ArticleRef | undefined;
  process(id: string): ProcessRef | undefined;
  /** Processes a person can pick from in the walk-through. */
  processes(): ProcessRef[];
  /** A start date in free text ("3 days ago", "since 10 Nov"), or null. */
  parseWhen(text: string, now: Date, timeZone?: string): Date | null;
  /** An order or case id in free text, or null. */
  parseCaseId(text: string): string | null;
  /** "Tuesday 1 December" in the person's time zone (the policy's when unknown). */
  formatDate(date: Date, timeZone?: string): string;
  /** The support calendar's IANA zone, for dates when the person's is unknown. */
  timeZone: string;
  /** Immediate safety steps from the account-security article. */
  safetySteps(): string[];
  categoryLabel(category: Category): string;
  /** Topics to suggest when the bot cannot help, as article refs. */
  starterTopics(): ArticleRef[];
}
