import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { silentLogger } from '../../adapters/logger';
import { createBot } from '../../bot/createBot';
import type { CaseLookup, DialogDeps, FeedbackSink, HandoffPort } from '../../dialogs/ports';
import { createAssistant } from '../../knowledge/assistant/createAssistant';
import type { Assistant } from '../../knowledge/assistant/types';
import type { KnowledgeBase } from '../../knowledge/kb/loader';
import { createArticleSearch } from '../../knowledge/search';
import type { CaseFacts } from '../../knowledge/types';
import type { RealHandoff } from './realHandoff';
import { realKnowledgeBase } from './understanding';

let shared: { kb: KnowledgeBase; assistant: Assistant } | undefined;

/** The real knowledge base and assistant, loaded once per test file. */
export function realAssistant(): { kb: KnowledgeBase; assistant: Assistant } {
  if (!shared) {
    const kb = realKnowledgeBase();
    const assistant = createAssistant({
      kb,
      search: createArticleSearch(kb.articles),
      publicBaseUrl: 'http://test.local',
    });
    shared = { kb, assistant };
  }
  return shared;
}

/** Case records held in memory: the port's fake, not our code's. */
export function casesFrom(records: CaseFacts[]): CaseLookup {
  const byId = new Map(records.map((r) => [r.id.toUpperCase(), r]));
  return { find: async (id) => byId.get(id.toUpperCase()) ?? null };
}

export interface Recorded {
  feedback: Parameters<FeedbackSink['feedback']>[0][];
  unanswered: Parameters<FeedbackSink['unanswered']>[0][];
}

export interface HarnessOptions {
  now: Date;
  cases?: CaseFacts[];
  handoff?: HandoffPort;
  /** The real relay, service and ticket store (realHandoff.ts) instead of a fake port. */
  real?: RealHandoff;
  timeZone?: string;
}

/**
 * Drives the real bot (real dialogs, knowledge and rule) through botbuilder's TestAdapter and
 * returns each turn's replies, typing indicators left out.
 */
export function createHarness(opts: HarnessOptions) {
  const { assistant } = realAssistant();
  const recorded: Recorded = { feedback: [], unanswered: [] };
  const deps: DialogDeps = {
    cases: casesFrom(opts.cases ?? []),
    feedback: {
      feedback: async (e) => void recorded.feedback.push(e),
      unanswered: async (e) => void recorded.unanswered.push(e),
    },
    handoff: opts.real?.parts.port ?? opts.handoff,
    now: () => opts.now,
  };
  const built = createBot({ ...deps, storage: new MemoryStorage(), assistant, logger: silentLogger });
  const adapter = new TestAdapter(async (context) => built.logic(context));
  adapter.onTurnError = built.onTurnError;
  // The relay runs before the bot, as on every real adapter.
  if (opts.real) adapter.use(opts.real.parts.relay);

  const collect = (): Partial<Activity>[] =>
    adapter.activeQueue
      .splice(0)
      .filter((a) => a.type !== ActivityTypes.Typing && a.type !== ActivityTypes.Trace);

  return {
    recorded,
    adapter,
    /** Sends one message and returns the bot's replies to it. */
    async say(text: string): Promise<Partial<Activity>[]> {
      await adapter.receiveActivity({ type: ActivityTypes.Message, text, localTimezone: opts.timeZone });
      return collect();
    },
    /** A new member joins: returns the welcome. */
    async join(): Promise<Partial<Activity>[]> {
      await adapter.receiveActivity({
        type: ActivityTypes.ConversationUpdate,
        membersAdded: [{ id: 'user', name: 'User' }],
        recipient: { id: 'bot', name: 'Bot' },
      });
      return collect();
    },
  };
}

/** All reply texts of a turn joined, for readable assertions. */
export const textOf = (replies: Partial<Activity>[]): string => replies.map((r) => r.text ?? '').join('\n');

/** The triage decision carried by a turn's replies (the first that has one). */
export const triageOf = (replies: Partial<Activity>[]) =>
  (
    replies.find((r) => (r.channelData as { triage?: unknown } | undefined)?.triage)?.channelData as
      | {
          triage: { outcome: string; topic: string | null; category: string | null; confidence: number };
        }
      | undefined
  )?.triage;

/** Suggested action titles on the last reply of a turn. */
export const buttonsOf = (replies: Partial<Activity>[]): string[] =>
  replies.at(-1)?.suggestedActions?.actions.map((a) => String(a.title)) ?? [];
