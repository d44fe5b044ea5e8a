/**
 * One reading of the turn's message in its conversation (Assistant.turn), computed once and
 * shared: the router and the base dialog's interruption both need it, and reading twice would
 * step the memory twice.
 */
import type { TurnContext } from 'botbuilder';
import type { Assistant, TurnOutcome } from '../knowledge/assistant/types';
import type { DialogDeps } from './ports';
import { memoryOf, setMemory, type MemoryAccessor } from './state';

const TURN_KEY = Symbol('turnOutcome');

export interface TurnParts {
  assistant: Assistant;
  deps: DialogDeps;
  memory: MemoryAccessor;
}

/** The outcome of this turn's message; the memory is stepped on first call. */
export async function turnOutcome(parts: TurnParts, context: TurnContext): Promise<TurnOutcome> {
  const cached = context.turnState.get(TURN_KEY) as TurnOutcome | undefined;
  if (cached) return cached;
  const text = (context.activity.text ?? '').trim();
  const memory = await memoryOf(parts.memory, context);
  const now = parts.deps.now();
  // The record of the id this message names, else of the case under discussion: the step
  // decides which of them the rule may read.
  const id = parts.assistant.parseCaseId(text) ?? memory.caseId;
  const facts = id ? await parts.deps.cases.find(id).catch(() => null) : null;
  const { outcome, next } = parts.assistant.turn(memory, text, { now, timeZone: memory.timeZone, facts });
  await setMemory(parts.memory, context, next);
  context.turnState.set(TURN_KEY, outcome);
  return outcome;
}

/** Forgets this turn's outcome, so the message is read again (after its pending question was dropped). */
export function forgetTurn(context: TurnContext): void {
  context.turnState.delete(TURN_KEY);
}
