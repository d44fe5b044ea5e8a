/** Shared arrangement for rule tests: the real policy file, a fixed clock, one-call judging. */
import path from 'node:path';
import { loadPolicy } from '../../../knowledge/kb/policySchema';
import { decide, type Decision } from '../../../knowledge/rule';
import type { CaseFacts } from '../../../knowledge/types';
import { understand } from '../../../knowledge/understand';

export const policy = loadPolicy(path.join(__dirname, '../../../knowledge/policy/policy.yaml'));
/** Monday 23 November 2026, 12:00 in London. */
export const NOW = new Date('2026-11-23T12:00:00Z');

export function judge(text: string, now: Date = NOW, facts: CaseFacts | null = null): Decision {
  return decide(understand(text, { now, timeZone: policy.calendar.timeZone }), facts, { policy, now });
}
