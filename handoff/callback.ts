/**
 * Arranging a call back that the team can keep: a number to call and a time inside support
 * hours, both confirmed by the person before anything is promised. Pure: times in, times out.
 */
import { DateTime } from 'luxon';
import { isOpen, nextOpening, timeForPerson, type SupportHours } from './hours';
import type { FollowUp, Ticket } from './types';

/** How many times the person is offered, and how far apart (hours). */
export const CALLBACK_SLOTS = 3;
export const CALLBACK_SLOT_STEP_HOURS = 2;

/**
 * A phone number as typed ("+44 7700 900123", "(212) 555-0100"): 7 to 15 digits, an optional
 * leading +, and only spaces, dots, dashes and brackets between. Null for anything else.
 */
export function readPhone(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  if (!/^\+?[\d\s().-]+$/.test(t)) return null;
  const digits = t.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  return t.replace(/\s+/g, ' ');
}

/** The number the person already gave for this request, if any. */
export function knownPhone(ticket: Pick<Ticket, 'fields' | 'followUp'>): string | undefined {
  if (ticket.followUp?.phone) return ticket.followUp.phone;
  const contact = ticket.fields.contact;
  return contact.method === 'phone' && contact.value ? (readPhone(contact.value) ?? undefined) : undefined;
}

/** A time the person may pick: the instant, and how it is written for them. */
export interface CallbackSlot {
  at: Date;
  label: string;
}

/**
 * The next {@link CALLBACK_SLOTS} times inside support hours, at least an hour from now, on the
 * hour, {@link CALLBACK_SLOT_STEP_HOURS} apart; labelled in the person's zone.
 */
export function callbackSlots(
  now: Date,
  hours: SupportHours,
  customerTimeZone: string | undefined,
): CallbackSlot[] {
  const slots: CallbackSlot[] = [];
  // At least an hour ahead, on the hour: an agent needs the time to read the request first.
  const soonest = DateTime.fromJSDate(now).setZone(hours.timeZone).plus({ hours: 1 });
  let t = soonest.equals(soonest.startOf('hour')) ? soonest : soonest.plus({ hours: 1 }).startOf('hour');
  // Two weeks of hours is far more than any calendar of support hours needs.
  for (let i = 0; i < 24 * 14 && slots.length < CALLBACK_SLOTS; i++) {
    const at = t.toJSDate();
    if (isOpen(at, hours)) {
      slots.push({ at, label: timeForPerson(at, customerTimeZone, hours) });
      t = t.plus({ hours: CALLBACK_SLOT_STEP_HOURS });
    } else {
      t = DateTime.fromJSDate(nextOpening(at, hours)).setZone(hours.timeZone);
    }
  }
  return slots;
}

/** The slot the reply picks: its label (a button press, any case) or its number in the list. */
export function pickSlot(text: string | undefined, slots: readonly CallbackSlot[]): CallbackSlot | null {
  const t = (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  const byLabel = slots.find((s) => s.label.toLowerCase() === t);
  if (byLabel) return byLabel;
  const n = /^\d$/.test(t) ? Number(t) : NaN;
  return n >= 1 && n <= slots.length ? slots[n - 1] : null;
}

/** The follow-up once a number is known: the bot asks for the time next. */
export function withPhone(phone: string): FollowUp {
  return { method: 'callback', phone, asking: 'time' };
}
