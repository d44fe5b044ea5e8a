/**
 * Questions 1 and 2 of the seed's rule for a process that is running: within its timeline →
 * wait (or calm when the person is upset), past it → stalled.
 */
import { dueDate, timelineStatus } from '../timeline';
import type { CaseFacts, ProcessId } from '../types';
import type { Understanding } from '../understand';
import type { DecideContext } from './context';
import type { Verdict } from './decision';
import { scoreOf } from './scores';
import { CONFIDENCE, THRESHOLDS } from './thresholds';

export interface RunningProcess {
  process: ProcessId;
  startedAt: Date | null;
  approximate: boolean;
  caseId?: string;
  /** From the marketplace's records rather than the person's words. */
  fromRecord: boolean;
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
      fromRecord: true,
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
    fromRecord: false,
  };
}

/** Within → wait (calm if upset); overdue → stalled; unknown start → null (answer instead). */
export function timelineDecision(u: Understanding, p: RunningProcess, ctx: DecideContext): Verdict | null {
  if (!p.startedAt) return null;
  const status = timelineStatus(p.process, p.startedAt, ctx.now, ctx.policy);
  const articleId = ctx.policy.timelines[p.process].article;
  if (status.state === 'overdue') {
    return {
      kind: 'escalate',
      // A late parcel Kingston Express carries is dispatchment's (policy.yaml's overdueEscalates).
      category: ctx.policy.timelines[p.process].overdueEscalates ?? 'stalled',
      attachTo: p.caseId,
      reason: 'past-timeline',
      overdue: { process: p.process, due: status.due, approximate: p.approximate },
      detail: `${p.process} started ${p.startedAt.toISOString()}, due ${status.due.toISOString()}`,
      confidence: p.approximate ? CONFIDENCE.approximateTimeline : CONFIDENCE.timeline,
    };
  }
  // A vague "weeks ago" that is still inside a long timeline cannot promise a date: answer.
  if (p.approximate) return null;
  const due = dueDate(p.process, p.startedAt, ctx.policy);
  const detail = `${p.process} due ${due.toISOString()}`;
  const upset =
    u.emotion.frustrated ||
    u.emotion.complaint !== undefined ||
    u.emotion.urgent ||
    u.intent.name === 'calm' ||
    scoreOf(u, 'calm') >= THRESHOLDS.OTHER_MIN;
  return {
    kind: upset ? 'calm' : 'wait',
    process: p.process,
    due,
    articleId,
    reason: 'within-timeline',
    detail,
    confidence: p.fromRecord ? CONFIDENCE.caseRecord : CONFIDENCE.timeline,
  };
}
