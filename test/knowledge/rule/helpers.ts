/** Shared arrangement for rule tests: the real policy and model, a fixed clock, one-call judging. */
import { decide, type Decision } from '../../../knowledge/rule';
import type { CaseFacts } from '../../../knowledge/types';
import type { Understanding } from '../../../knowledge/understand';
import { realKnowledgeBase, realUnderstand } from '../../support/understanding';

export const policy = realKnowledgeBase().policy;
/** Monday 23 November 2026, 12:00 in London. */
export const NOW = new Date('2026-11-23T12:00:00Z');

export function judge(text: string, now: Date = NOW, facts: CaseFacts | null = null): Decision {
  const u = realUnderstand()(text, { now, timeZone: policy.calendar.timeZone });
  return decide(u, facts, { policy, now });
}

/** The message as read at NOW, with the model's reading replaced by one intent at `confidence`. */
export function readAs(text: string, intentName: string, confidence: number): Understanding {
  const u = realUnderstand()(text, { now: NOW, timeZone: policy.calendar.timeZone });
  const intent = { name: intentName, confidence };
  return { ...u, intent: { ...intent, ranking: [intent] } };
}
