/**
 * Questions 1 and 2 of the seed's rule for a process that is running: within its timeline →
 * wait (or calm when the person is upset), past it → stalled, new information or an error on a
 * case in one of the categories → escalate to that category, attached to the case.
 */
import { dueDate, timelineStatus } from '../timeline';
import type { CaseFacts, Category, ProcessId } from '../types';
import type { Understanding } from '../understand';
import type { DecideContext } from './context';
import type { Decision } from './decision';
import { CONFIDENCE } from './thresholds';

/** Which escalation category owns new information on each kind of process (rule question 3). */
const PROCESS_CATEGORY: Record<string, Category> = {
  'dispute-review': 'dispute-chargeback',
  'chargeback-bank-review': 'dispute-chargeback',
  'delivery-dispatched': 'dispatch',
  'account-review': 'security',
};

interface RunningProcess {
  process: ProcessId;
  startedAt: Date | null;
  approximate: boolean;
  caseId?: string;
  /** Said only in passing ("refund approved 2 days ago"): within its timeline, answer instead of wait. */
  onlyIfOverdue?: boolean;
}

/** The process this message is about: the case record when there is one, else what the person said. */
export function runningProcess(
  u: Understanding,
  facts: CaseFacts | null,
  ctx: DecideContext,
): RunningProcess | null {
  if (facts && facts.process && !facts.closed && ctx.policy.timelines[facts.process]) {
    return {
      process: facts.process,
      startedAt: new Date(facts.openedAt),
      approximate: false,
      caseId: facts.id,
    };
  }
  // A case id the person typed means the process exists, even if they did not say it is running.
  const running = u.process?.running || (u.process && u.ids.cases.length > 0);
  if (!u.process || !running || !ctx.policy.timelines[u.process.process]) return null;
  return {
    process: u.process.process,
    startedAt: u.start?.startedAt ?? null,
    approximate: u.start?.approximate ?? false,
    caseId: u.ids.cases[0] ?? u.ids.orders[0],
    onlyIfOverdue: u.process.onlyIfOverdue && u.ids.cases.length === 0,
  };
}

/** New information on a case that belongs to a category; null when it does not apply. */
export function newInfoEscalation(
  u: Understanding,
  p: RunningProcess,
  facts: CaseFacts | null,
): Decision | null {
  const category =
    facts?.dispatchedByKx && p.process.startsWith('delivery') ? 'dispatch' : PROCESS_CATEGORY[p.process];
  const info = u.newInfo.find((n) => n.strength === 'strong');
  if (!category || !info) return null;
  return {
    kind: 'escalate',
    category,
    attachTo: p.caseId,
    reason: 'new-info-on-case',
    detail: `${info.cue}: "${info.matched}" on ${p.process}`,
    confidence: CONFIDENCE.strongCue,
  };
}

/** Within → wait (calm if upset); overdue → stalled; unknown start → null (answer instead). */
export function timelineDecision(u: Understanding, p: RunningProcess, ctx: DecideContext): Decision | null {
  if (!p.startedAt) return null;
  const status = timelineStatus(p.process, p.startedAt, ctx.now, ctx.policy);
  const articleId = ctx.policy.timelines[p.process].article;
  if (status.state === 'overdue') {
    return {
      kind: 'escalate',
      category: 'stalled',
      attachTo: p.caseId,
      reason: 'past-timeline',
      overdue: { process: p.process, due: status.due, approximate: p.approximate },
      detail: `${p.process} started ${p.startedAt.toISOString()}, due ${status.due.toISOString()}`,
      confidence: p.approximate ? CONFIDENCE.approximateTimeline : CONFIDENCE.timeline,
    };
  }
  // A vague "weeks ago" that is still inside a long timeline cannot promise a date: answer.
  if (p.approximate || p.onlyIfOverdue) return null;
  const due = dueDate(p.process, p.startedAt, ctx.policy);
  const detail = `${p.process} due ${due.toISOString()}`;
  if (u.emotion.frustrated || u.emotion.urgency.length > 0 || u.emotion.repetition) {
    return {
      kind: 'calm',
      process: p.process,
      due,
      articleId,
      reason: 'within-timeline',
      detail,
      confidence: CONFIDENCE.calm,
    };
  }
  return {
    kind: 'wait',
    process: p.process,
    due,
    articleId,
    reason: 'within-timeline',
    detail,
    confidence: CONFIDENCE.timeline,
  };
}
