/**
 * Placeholders let articles quote the policy instead of repeating numbers:
 * `{{timeline.refund-processing.duration}}` → "7 business days". An unknown name is an error,
 * so an article can never show a stale or made-up duration.
 */
import type { Duration, Policy } from './policySchema';

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9_.-]+)\s*\}\}/g;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "7 business days", "1 calendar day", "48 hours". */
export function formatDuration(d: Duration): string {
  const one = d.amount === 1;
  switch (d.unit) {
    case 'business_days':
      return `${d.amount} business ${one ? 'day' : 'days'}`;
    case 'calendar_days':
      return `${d.amount} ${one ? 'day' : 'days'}`;
    case 'hours':
      return `${d.amount} ${one ? 'hour' : 'hours'}`;
  }
}

/** "Monday to Saturday, 08:00–20:00 (Europe/London time)". */
export function formatSupportHours(policy: Policy): string {
  const days = [...policy.supportHours.days].sort((a, b) => a - b);
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1] + 1);
  const dayText =
    contiguous && days.length > 1
      ? `${WEEKDAYS[days[0] - 1]} to ${WEEKDAYS[days[days.length - 1] - 1]}`
      : days.map((d) => WEEKDAYS[d - 1]).join(', ');
  const { open, close } = policy.supportHours;
  return `${dayText}, ${open}–${close} (${policy.calendar.timeZone} time)`;
}

/** Every value an article may quote, by placeholder name. */
export function placeholderValues(policy: Policy): Map<string, string> {
  const values = new Map<string, string>();
  for (const [id, t] of Object.entries(policy.timelines)) {
    values.set(`timeline.${id}.duration`, formatDuration(t.duration));
    values.set(`timeline.${id}.label`, t.label);
    values.set(`timeline.${id}.next`, t.next);
    values.set(`timeline.${id}.startsWhen`, t.startsWhen);
  }
  for (const [id, c] of Object.entries(policy.categories)) {
    values.set(`category.${id}.label`, c.label);
    values.set(`category.${id}.description`, c.description);
  }
  values.set('support.hours', formatSupportHours(policy));
  values.set('calendar.timeZone', policy.calendar.timeZone);
  return values;
}

/** Fills placeholders; names it does not know are returned in `unknown` and left as written. */
export function fillPlaceholders(
  text: string,
  values: Map<string, string>,
): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const v = values.get(name);
    if (v === undefined) {
      unknown.push(name);
      return whole;
    }
    return v;
  });
  return { text: filled, unknown };
}
