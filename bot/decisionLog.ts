/**
 * One log line per turn that carried a decision: what the bot decided and why (the rule, the
 * model's intent and score, the evidence), with the conversation, channel and turn time. The
 * decision is read from the replies' `channelData.triage`, so every path that decides (the rule,
 * the conversation's follow-ups, the walk-through) is logged the same way. No message text.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../adapters/logger';

interface Triage {
  outcome?: unknown;
  topic?: unknown;
  category?: unknown;
  confidence?: unknown;
  reason?: unknown;
  evidence?: unknown;
}

export function decisionLog(logger: Logger, now: () => number = () => performance.now()): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const started = now();
      // Held in an object: the send hook fills it in after this function's own flow analysis.
      const seen: { triage: Triage | null } = { triage: null };
      context.onSendActivities(async (_ctx, activities, send) => {
        for (const a of activities) {
          const triage = (a.channelData as { triage?: Triage } | undefined)?.triage;
          if (triage && typeof triage === 'object') seen.triage = triage;
        }
        return send();
      });
      await next();
      const decided = seen.triage;
      if (!decided) return;
      logger.info('turn', {
        conversation: context.activity.conversation?.id,
        channel: context.activity.channelId,
        outcome: decided.outcome,
        category: decided.category,
        topic: decided.topic,
        confidence: decided.confidence,
        reason: decided.reason,
        evidence: decided.evidence,
        ms: Math.round((now() - started) * 10) / 10,
      });
    },
  };
}
