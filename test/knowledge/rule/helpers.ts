/** Shared arrangement for rule tests: the real policy and model, a fixed clock, one-call judging. */
import { decide, type Decision } from '../../../knowledge/rule';
import type { CaseFacts } from '../../../knowledge/types';
import { realKnowledgeBase, realUnderstand } from '../../support/understanding';

export const policy = realKnowledgeBase().policy;
/** Monday 23 November 2026, 12:00 in London. */
export const NOW = new Date('2026-11-23T12:00:00Z');

export function judge(text: string, now: Date = NOW, facts: CaseFacts | null = null): Decision {
  const u = realUnderstand()(text, { now, timeZone: policy.calendar.timeZone });
  return decide(u, facts, { policy, now });
}
