import { ConversationState, type Middleware, type Storage, type TurnContext } from 'botbuilder';
import type { Logger } from '../adapters/logger';
import { decisionLog, type TurnSink } from './decisionLog';
import { CaseCheckDialog } from '../dialogs/caseCheckDialog';
import { IntakeDialog } from '../dialogs/intakeDialog';
import { MainDialog } from '../dialogs/mainDialog';
import type { DialogDeps } from '../dialogs/ports';
import { CONVERSATION_DATA, type ConversationData } from '../dialogs/state';
import { WalkthroughDialog } from '../dialogs/walkthroughDialog';
import type { Assistant } from '../knowledge/assistant/types';
import { createErrorBoundary } from './errorBoundary';
import { SupportBot } from './supportBot';

export interface BotParts extends DialogDeps {
  storage: Storage;
  assistant: Assistant;
  logger: Logger;
  /** Where each turn's decision record goes besides the log (metrics, the decision store). */
  turnSinks?: TurnSink[];
}

/** The bot as every adapter runs it: the turn logic, its error boundary and its middleware. */
export interface BuiltBot {
  bot: SupportBot;
  conversationState: ConversationState;
  logic: (context: TurnContext) => Promise<void>;
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  middleware: Middleware[];
  /** The per-turn decision log (first of `middleware`); the bench leaves it out to price it. */
  decisionLog: Middleware;
}

/** Builds state, dialogs and the ActivityHandler from ready-made parts; no I/O of its own. */
export function createBot(parts: BotParts, middleware: Middleware[] = []): BuiltBot {
  const conversationState = new ConversationState(parts.storage);
  const data = conversationState.createProperty<ConversationData>(CONVERSATION_DATA);
  const deps: DialogDeps = {
    cases: parts.cases,
    feedback: parts.feedback,
    handoff: parts.handoff,
    now: parts.now,
  };
  const main = new MainDialog(parts.assistant, deps, data, [
    new WalkthroughDialog(parts.assistant, deps, data),
    new CaseCheckDialog(parts.assistant, deps, data),
    new IntakeDialog(parts.assistant, deps, data),
  ]);
  const bot = new SupportBot(conversationState, main);
  const observer = decisionLog({ logger: parts.logger, sinks: parts.turnSinks, clock: parts.now });
  return {
    bot,
    conversationState,
    logic: (context) => bot.run(context),
    onTurnError: createErrorBoundary(conversationState, parts.logger),
    // The decision log wraps everything else, so it sees the turn's replies and its whole time.
    middleware: [observer, ...middleware],
    decisionLog: observer,
  };
}
