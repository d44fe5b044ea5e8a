/**
 * The conversation's memory as the dialogs reach it: one ConversationState property holding
 * knowledge/conversation's ConversationMemory (what the conversation established, the question
 * the bot waits on, the mode). Read once per turn, parsed with zod, and shared by every flow of
 * the turn, so what one flow learns the next one sees.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { readMemory, type ConversationMemory, type PendingQuestion } from '../knowledge/conversation';

export type ConversationData = ConversationMemory;
export type MemoryAccessor = StatePropertyAccessor<ConversationMemory>;

export const CONVERSATION_DATA = 'conversationData';

/** Misses in a row (unclear questions, unhelpful answers) after which the three questions are offered. */
export const MISSES_BEFORE_WALKTHROUGH = 2;

const TURN_KEY = Symbol('conversationMemory');

/** This turn's memory: parsed from storage on first use, then the same object for every flow. */
export async function memoryOf(accessor: MemoryAccessor, context: TurnContext): Promise<ConversationMemory> {
  const cached = context.turnState.get(TURN_KEY) as ConversationMemory | undefined;
  if (cached) return cached;
  const memory = readMemory(await accessor.get(context));
  if (context.activity.localTimezone) memory.timeZone = context.activity.localTimezone;
  await setMemory(accessor, context, memory);
  return memory;
}

/** This turn's memory if a flow read it, for observers after the turn (the decision record); no I/O. */
export function memoryThisTurn(context: TurnContext): ConversationMemory | undefined {
  return context.turnState.get(TURN_KEY) as ConversationMemory | undefined;
}

/** Replaces this turn's memory (with the next one a step returned); saved at the end of the turn. */
export async function setMemory(
  accessor: MemoryAccessor,
  context: TurnContext,
  memory: ConversationMemory,
): Promise<void> {
  context.turnState.set(TURN_KEY, memory);
  await accessor.set(context, memory);
}

/** Notes the question the bot is about to ask, so the next message is read against it. */
export async function awaitAnswer(
  accessor: MemoryAccessor,
  context: TurnContext,
  pending: PendingQuestion,
): Promise<void> {
  (await memoryOf(accessor, context)).pending = pending;
}
