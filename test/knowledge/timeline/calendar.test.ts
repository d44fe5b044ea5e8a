/**
 * The business-day loops walk plain dates and touch the time zone only at the ends. These tests
 * hold them to the plain definition, luxon stepping one zoned day at a time, over instants that
 * include both daylight-saving changes, holidays and weekends, in two zones.
 */
import { DateTime } from 'luxon';
import {
  addBusinessDays,
  businessDaysBetween,
  isBusinessDay,
  type Calendar,
} from '../../../knowledge/timeline/calendar';
import { seededRandom } from '../../../knowledge/seededRandom';

// Day i is always `plus({ days: i })` from the start, never from the day before: stepping from
// the day before would carry a shifted hour past a spring-forward gap into every later day.
function referenceAdd(start: Date, n: number, calendar: Calendar): Date {
  const local = DateTime.fromJSDate(start, { zone: calendar.timeZone });
  let dt = local;
  let left = Math.ceil(n);
  for (let i = 1; left > 0; i++) {
    dt = local.plus({ days: i });
    if (isBusinessDay(dt, calendar)) left -= 1;
  }
  return dt.toJSDate();
}

function referenceBetween(from: Date, to: Date, calendar: Calendar): number {
  const local = DateTime.fromJSDate(from, { zone: calendar.timeZone });
  const end = DateTime.fromJSDate(to, { zone: calendar.timeZone });
  let count = 0;
  for (let i = 1; i <= 400; i++) {
    const dt = local.plus({ days: i });
    if (dt > end) break;
    if (isBusinessDay(dt, calendar)) count += 1;
  }
  return count;
}

const calendars: Calendar[] = [
  { timeZone: 'Europe/London', weekend: [6, 7], holidays: ['2026-12-25', '2026-12-28', '2027-03-29'] },
  { timeZone: 'America/New_York', weekend: [5, 6], holidays: ['2026-11-26', '2027-03-15'] },
];

describe('business-day arithmetic', () => {
  const random = seededRandom(11);
  // Mid-November 2026 to mid-April 2027: both zones' spring-forward and the US fall-back.
  const from = Date.UTC(2026, 9, 25);
  const to = Date.UTC(2027, 3, 15);
  const instants = Array.from({ length: 400 }, () => new Date(from + Math.floor(random() * (to - from))));

  it.each(calendars.map((c) => [c.timeZone, c]))(
    'adds business days like day-by-day stepping (%s)',
    (_, calendar) => {
      for (const start of instants)
        for (const n of [0, 1, 2, 5, 10, 30])
          expect(addBusinessDays(start, n, calendar).toISOString()).toBe(
            referenceAdd(start, n, calendar).toISOString(),
          );
    },
  );

  it.each(calendars.map((c) => [c.timeZone, c]))(
    'counts ended business days like day-by-day stepping (%s)',
    (_, calendar) => {
      for (const start of instants)
        for (const hours of [0, 5, 23.5, 24, 47, 72, 24 * 9 + 3, 24 * 40]) {
          const end = new Date(start.getTime() + hours * 3_600_000);
          expect(businessDaysBetween(start, end, calendar)).toBe(referenceBetween(start, end, calendar));
        }
    },
  );

  it('skips the weekend and a holiday', () => {
    const london = calendars[0];
    // Thursday 24 December 2026, 10:00 in London: Fri 25 is a holiday, Mon 28 too, so Tue 29.
    const start = new Date('2026-12-24T10:00:00Z');
    expect(addBusinessDays(start, 1, london).toISOString()).toBe('2026-12-29T10:00:00.000Z');
    expect(businessDaysBetween(start, new Date('2026-12-29T09:59:00Z'), london)).toBe(0);
    expect(businessDaysBetween(start, new Date('2026-12-29T10:00:00Z'), london)).toBe(1);
  });
});
