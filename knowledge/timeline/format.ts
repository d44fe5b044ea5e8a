/** Dates as people read them, in their own time zone. */
import { DateTime } from 'luxon';

/** "Tuesday 1 December" (en-GB) in `timeZone`; the year is added when it is not the current one. */
export function formatDue(date: Date, timeZone: string, locale = 'en-GB', now: Date = date): string {
  const dt = DateTime.fromJSDate(date, { zone: timeZone }).setLocale(locale);
  const sameYear = dt.year === DateTime.fromJSDate(now, { zone: timeZone }).year;
  return dt.toFormat(sameYear ? 'cccc d LLLL' : 'cccc d LLLL yyyy');
}
