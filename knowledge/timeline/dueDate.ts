/** When a running process is due, and whether it is still inside its expected timeline. */
import type { Policy, Timeline } from '../kb/policySchema';
import type { ProcessId } from '../types';
import { addBusinessDays, businessDaysBetween } from './calendar';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Looks a process up in the policy; unknown ids are a programming error, not user input. */
export function timelineOf(processId: ProcessId, policy: Policy): Timeline {
  const t = policy.timelines[processId];
  if (!t)
    throw new Error(`unknown timeline "${processId}" (known: ${Object.keys(policy.timelines).join(', ')})`);
  return t;
}

/**
 * The instant an update is due for a process that started at `startedAt`. Business days are
 * counted in the policy calendar's time zone and skip its weekend and holidays.
 */
export function dueDate(processId: ProcessId, startedAt: Date, policy: Policy): Date {
  const { amount, unit } = timelineOf(processId, policy).duration;
  switch (unit) {
    case 'business_days':
      return addBusinessDays(startedAt, amount, policy.calendar);
    case 'calendar_days':
      return new Date(startedAt.getTime() + amount * DAY_MS);
    case 'hours':
      return new Date(startedAt.getTime() + amount * HOUR_MS);
  }
}

export interface TimelineStatus {
  processId: ProcessId;
  /** `within`: wait for the due date; `overdue`: the case is stalled. */
  state: 'within' | 'overdue';
  due: Date;
  /** Milliseconds until `due` (0 once overdue). */
  remainingMs: number;
  /** Milliseconds since `startedAt`. */
  elapsedMs: number;
  /** Business days that have ended since `startedAt`, in the policy calendar. */
  businessDaysElapsed: number;
}

/** Within the timeline → wait; past it → stalled. The due instant itself still counts as within. */
export function timelineStatus(
  processId: ProcessId,
  startedAt: Date,
  now: Date,
  policy: Policy,
): TimelineStatus {
  const due = dueDate(processId, startedAt, policy);
  const overdue = now.getTime() > due.getTime();
  return {
    processId,
    state: overdue ? 'overdue' : 'within',
    due,
    remainingMs: Math.max(0, due.getTime() - now.getTime()),
    elapsedMs: Math.max(0, now.getTime() - startedAt.getTime()),
    businessDaysElapsed: businessDaysBetween(startedAt, now, policy.calendar),
  };
}
