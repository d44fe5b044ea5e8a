/** Business hours of the agents, in their time zone (policy.yaml `supportHours`, `calendar`). */
import { DateTime } from 'luxon';
import { defaultHandoffWording, type HandoffWording } from './wording';

export interface SupportHours {
  /** ISO weekdays (1 = Monday … 7 = Sunday) with support. */
  days: readonly number[];
  /** "HH:mm" local opening and closing time. */
  open: string;
  close: string;
  /** IANA zone of the agents, e.g. "Europe/London". */
  timeZone: string;
  /** "YYYY-MM-DD" dates without support. */
  holidays?: readonly string[];
}

function hm(text: string): { hour: number; minute: number } {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`support hours: expected HH:mm, got "${text}"`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

function isWorkingDay(day: DateTime, hours: SupportHours): boolean {
  return hours.days.includes(day.weekday) && !(hours.holidays ?? []).includes(day.toISODate() ?? '');
}

/** True when agents are working at `now`. */
export function isOpen(now: Date, hours: SupportHours): boolean {
  const local = DateTime.fromJSDate(now).setZone(hours.timeZone);
  if (!isWorkingDay(local, hours)) return false;
  const open = local.set({ ...hm(hours.open), second: 0, millisecond: 0 });
  const close = local.set({ ...hm(hours.close), second: 0, millisecond: 0 });
  return local >= open && local < close;
}

/** The next opening at or after `now` (now itself when open); searches up to 60 days. */
export function nextOpening(now: Date, hours: SupportHours): Date {
  if (isOpen(now, hours)) return now;
  const local = DateTime.fromJSDate(now).setZone(hours.timeZone);
  for (let d = 0; d <= 60; d++) {
    const day = local.plus({ days: d }).startOf('day');
    if (!isWorkingDay(day, hours)) continue;
    const open = day.set({ ...hm(hours.open), second: 0, millisecond: 0 });
    if (open > local) return open.toJSDate();
  }
  throw new Error('support hours: no opening within 60 days');
}

/** A valid IANA zone to speak to the person in: theirs when known and valid, else the agents'. */
export function personZone(customerTimeZone: string | undefined, hours: SupportHours): string {
  if (knownZone(customerTimeZone)) return customerTimeZone;
  return hours.timeZone;
}

/**
 * A time as a person reads it: "Monday 7 December, 08:00 your time" in their own zone, or, when
 * their zone is unknown, "Monday 7 December, 08:00 London time" in the agents' (a named city
 * rather than a zone id, and never "your time" when it may not be).
 */
export function formatInZone(at: Date, zone: string, theirs = false): string {
  const when = DateTime.fromJSDate(at).setZone(zone).setLocale('en-GB').toFormat('cccc d LLLL, HH:mm');
  return `${when} ${theirs ? 'your' : placeName(zone)} time`;
}

/** "Europe/London" → "London", "America/New_York" → "New York"; a zone without a city stays as it is. */
function placeName(zone: string): string {
  const city = zone.split('/').pop() ?? zone;
  return city.replace(/_/g, ' ');
}

/** Whether `customerTimeZone` is a zone we can speak in (then it is theirs). */
function knownZone(customerTimeZone: string | undefined): customerTimeZone is string {
  return !!customerTimeZone && DateTime.now().setZone(customerTimeZone).isValid;
}

/** `at` for the person: in their zone when known ("your time"), else in the agents' zone named. */
export function timeForPerson(at: Date, customerTimeZone: string | undefined, hours: SupportHours): string {
  return knownZone(customerTimeZone)
    ? formatInZone(at, customerTimeZone, true)
    : formatInZone(at, hours.timeZone);
}

/** What to offer when nobody can take the chat now. */
export interface OffHoursOffer {
  why: 'closed' | 'no-agents';
  nextOpening: Date;
  /** The zone the times are stated in (the person's when known). */
  zone: string;
  text: string;
}

/**
 * The off-hours offer, or null when agents are working and someone is signed in. The ticket is
 * kept either way: it waits at the head of its priority for the first agent of the day.
 */
export function offHoursOffer(
  now: Date,
  hours: SupportHours,
  agentsOnline: number,
  customerTimeZone?: string,
  words: HandoffWording = defaultHandoffWording(),
): OffHoursOffer | null {
  const open = isOpen(now, hours);
  if (open && agentsOnline > 0) return null;
  const zone = personZone(customerTimeZone, hours);
  if (!open) {
    const at = nextOpening(now, hours);
    return {
      why: 'closed',
      nextOpening: at,
      zone,
      text: words.say('awayClosed', { opening: timeForPerson(at, customerTimeZone, hours) }),
    };
  }
  return {
    why: 'no-agents',
    nextOpening: now,
    zone,
    text: words.say('noAgentSignedIn'),
  };
}
