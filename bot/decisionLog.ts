/**
 * One record per customer turn: what the bot decided and why (the rule's reason, the model's
 * intent and score), the case and due date it spoke of, the ticket the turn opened or was relayed
 * to, with the conversation, channel and turn time. It is written as one log line, and handed to
 * the sinks (metrics, the decision store for the lead's dashboard). The decision is read from the
 * replies' `channelData.triage`, so every path that decides (the rule, the conversation's
 * follow-ups, the walk-through) is recorded the same way. No message text.
 */
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from '../adapters/logger';
import { memoryThisTurn } from '../dialogs/state';
import { TURN_OUTCOMES, type DecisionRecord, type TurnOutcome } from '../knowledge/insights/decisionRecord';
import { CATEGORIES, type Category } from '../knowledge/types';
import { HANDOFF_RESULT_KEY, HELD_TICKET_KEY } from './handoff/relayMiddleware';

interface Triage {
  outcome?: unknown;
  topic?: unknown;
  category?: unknown;
  confidence?: unknown;
  reason?: unknown;
  evidence?: unknown;
}

/** Receives each turn's record; it handles its own failures (a sink never fails the turn). */
export type TurnSink = (record: DecisionRecord) => void;

export interface DecisionLogOptions {
  logger: Logger;
  sinks?: TurnSink[];
  /** Monotonic milliseconds, for the turn time (injected by tests). */
  now?: () => number;
  /** Wall clock, for the record's instant. */
  clock?: () => Date;
}

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
const text = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, max) : null;

/** The ticket this turn opened or added to (the relay left it in turnState), or the one holding the chat. */
function ticketOf(context: TurnContext): {
  ticketId: string | null;
  opened: boolean;
  held: boolean;
  category?: unknown;
} {
  const result = context.turnState.get(HANDOFF_RESULT_KEY) as
    { ticket?: { ticketId?: string; category?: unknown }; attached?: boolean } | undefined;
  if (result?.ticket?.ticketId)
    return {
      ticketId: result.ticket.ticketId,
      opened: !result.attached,
      held: false,
      category: result.ticket.category,
    };
  const held = context.turnState.get(HELD_TICKET_KEY) as string | undefined;
  return { ticketId: held ?? null, opened: false, held: held !== undefined };
}

function recordOf(context: TurnContext, triage: Triage | null, at: Date, latencyMs: number): DecisionRecord {
  const ticket = ticketOf(context);
  const memory = memoryThisTurn(context);
  const outcome: TurnOutcome | null = triage
    ? oneOf(triage.outcome, TURN_OUTCOMES)
    : ticket.held
      ? 'relayed'
      : null;
  const confidence =
    typeof triage?.confidence === 'number' ? Math.min(1, Math.max(0, triage.confidence)) : null;
  const told = memory?.last?.outcome === 'wait' ? memory.last : memory?.lastStatus;
  return {
    at: at.toISOString(),
    conversationId: (context.activity.conversation?.id ?? 'unknown').slice(0, 256),
    channel: (context.activity.channelId ?? 'unknown').slice(0, 64),
    outcome,
    // The intake's confirming turn decides nothing new: the ticket it opened says the category.
    category: oneOf<Category>(triage?.category ?? ticket.category, CATEGORIES),
    topic: text(triage?.topic, 128),
    reason: text(triage?.reason, 128),
    confidence,
    caseId: memory?.caseId ?? null,
    due: outcome === 'wait' ? (told?.due ?? null) : null,
    ticketId: ticket.ticketId,
    ticketOpened: ticket.opened,
    latencyMs: Math.round(latencyMs * 10) / 10,
  };
}

/** The middleware; registered first, so it sees the turn's replies and its whole time. */
export function decisionLog(options: DecisionLogOptions): Middleware {
  const { logger, sinks = [] } = options;
  const now = options.now ?? (() => performance.now());
  const clock = options.clock ?? (() => new Date());
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      // Customer messages only: typing, events and conversation updates are not turns a person took.
      if (context.activity.type !== ActivityTypes.Message) return next();
      const started = now();
      const at = clock();
      // Held in an object: the send hook fills it in after this function's own flow analysis.
      const seen: { triage: Triage | null } = { triage: null };
      context.onSendActivities(async (_ctx, activities, send) => {
        for (const a of activities) {
          const triage = (a.channelData as { triage?: Triage } | undefined)?.triage;
          if (triage && typeof triage === 'object') seen.triage = triage;
        }
        return send();
      });
      let failed = false;
      try {
        await next();
      } catch (err) {
        failed = true;
        throw err;
      } finally {
        const record = recordOf(context, seen.triage, at, now() - started);
        logger.info('turn', {
          conversation: record.conversationId,
          channel: record.channel,
          outcome: record.outcome,
          category: record.category,
          topic: record.topic,
          confidence: record.confidence,
          reason: record.reason,
          evidence: seen.triage?.evidence,
          ticket: record.ticketId,
          ms: record.latencyMs,
          ...(failed ? { failed } : {}),
        });
        for (const sink of sinks) sink(record);
      }
    },
  };
}
