/** Business-day arithmetic in the support calendar's time zone (policy.yaml `calendar`). */
import { DateTime } from 'luxon';
import type { Policy } from '../kb/policySchema';

export type Calendar = Policy['calendar'];

const DAY_MS = 86_400_000;

/** The calendar's holidays as a set, built once per calendar object. */
const holidaySets = new WeakMap<Calendar, ReadonlySet<string>>();
function holidaysOf(calendar: Calendar): ReadonlySet<string> {
  let set = holidaySets.get(calendar);
  if (!set) holidaySets.set(calendar, (set = new Set(calendar.holidays)));
  return set;
}

/** True when the local day of `dt` (already in the calendar's zone) is a working day. */
export function isBusinessDay(dt: DateTime, calendar: Calendar): boolean {
  if (calendar.weekend.includes(dt.weekday)) return false;
  return !holidaysOf(calendar).has(dt.toISODate() ?? '');
}

/*
 * The loops below walk local calendar days as UTC midnights (plain numbers, no time zone), and
 * go through luxon only to enter and leave the calendar's zone: a zone lookup per day was most
 * of what a timeline cost.
 */

/** The local day of `dt` as the UTC midnight of the same date. */
function dayOf(dt: DateTime): number {
  return Date.UTC(dt.year, dt.month - 1, dt.day);
}

/** Working day test on a day from {@link dayOf}. */
function isBusinessDayNumber(day: number, calendar: Calendar): boolean {
  const d = new Date(day);
  const isoWeekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  if (calendar.weekend.includes(isoWeekday)) return false;
  return !holidaysOf(calendar).has(d.toISOString().slice(0, 10));
}

/** `local` moved to another local date, keeping its local time of day (as luxon's `plus({ days })` does). */
function onDay(local: DateTime, day: number): DateTime {
  const d = new Date(day);
  return local.set({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/**
 * Moves `n` business days forward from `start`, keeping the local time of day. The start day
 * itself is not counted, so a dispute opened on Friday with 1 business day is due on Monday.
 */
export function addBusinessDays(start: Date, n: number, calendar: Calendar): Date {
  const local = DateTime.fromJSDate(start, { zone: calendar.timeZone });
  let day = dayOf(local);
  let left = Math.ceil(n);
  if (left <= 0) return local.toJSDate();
  while (left > 0) {
    day += DAY_MS;
    if (isBusinessDayNumber(day, calendar)) left -= 1;
  }
  return onDay(local, day).toJSDate();
}

/**
 * Whole business days that have ended between `from` and `to` (0 when `to` is not later): the
 * days after `from`'s, up to `to`'s, where the last one counts only once `to` has reached
 * `from`'s time of day on it.
 */
export function businessDaysBetween(from: Date, to: Date, calendar: Calendar): number {
  const local = DateTime.fromJSDate(from, { zone: calendar.timeZone });
  const end = DateTime.fromJSDate(to, { zone: calendar.timeZone });
  const endDay = dayOf(end);
  let day = dayOf(local);
  let count = 0;
  // Bounded: a year of days is far beyond any timeline the policy holds.
  for (let i = 0; i < 400; i++) {
    day += DAY_MS;
    if (day > endDay) break;
    if (day === endDay && onDay(local, day) > end) break;
    if (isBusinessDayNumber(day, calendar)) count += 1;
  }
  return count;
}
