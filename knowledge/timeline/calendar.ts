/** Business-day arithmetic in the support calendar's time zone (policy.yaml `calendar`). */
import { DateTime } from 'luxon';
import type { Policy } from '../kb/policySchema';

export type Calendar = Policy['calendar'];

/** True when the local day of `dt` (already in the calendar's zone) is a working day. */
export function isBusinessDay(dt: DateTime, calendar: Calendar): boolean {
  if (calendar.weekend.includes(dt.weekday)) return false;
  return !calendar.holidays.includes(dt.toISODate() ?? '');
}

/**
 * Moves `n` business days forward from `start`, keeping the local time of day. The start day
 * itself is not counted, so a dispute opened on Friday with 1 business day is due on Monday.
 */
export function addBusinessDays(start: Date, n: number, calendar: Calendar): Date {
  let dt = DateTime.fromJSDate(start, { zone: calendar.timeZone });
  let left = Math.ceil(n);
  while (left > 0) {
    dt = dt.plus({ days: 1 });
    if (isBusinessDay(dt, calendar)) left -= 1;
  }
  return dt.toJSDate();
}

/** Whole business days that have ended between `from` and `to` (0 when `to` is not later). */
export function businessDaysBetween(from: Date, to: Date, calendar: Calendar): number {
  let dt = DateTime.fromJSDate(from, { zone: calendar.timeZone });
  const end = DateTime.fromJSDate(to, { zone: calendar.timeZone });
  let count = 0;
  // Bounded: a year of days is far beyond any timeline the policy holds.
  for (let i = 0; i < 400; i++) {
    dt = dt.plus({ days: 1 });
    if (dt > end) break;
    if (isBusinessDay(dt, calendar)) count += 1;
  }
  return count;
}
