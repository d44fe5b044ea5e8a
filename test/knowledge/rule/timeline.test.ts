/** Timelines as policy data: business days in the calendar's zone, weekends and holidays skipped. */
import { dueDate, formatDue, timelineStatus } from '../../../knowledge/timeline';
import { policy } from './helpers';

describe('dueDate', () => {
  it('when a refund is approved on a Friday, then 7 business days skip the weekend to Tuesday', () => {
    const due = dueDate('refund-processing', new Date('2026-11-20T10:00:00Z'), policy);
    expect(due.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(formatDue(due, 'Europe/London')).toBe('Tuesday 1 December');
  });

  it('when a dispute opens before Christmas, then the policy holidays are skipped', () => {
    // 21–24 Dec, 29–31 Dec, 4–6 Jan: 25 and 28 Dec and 1 Jan are holidays in policy.yaml.
    const due = dueDate('dispute-review', new Date('2026-12-18T10:00:00Z'), policy);
    expect(due.toISOString()).toBe('2027-01-06T10:00:00.000Z');
  });

  it('when a timeline counts calendar days, then weekends count too', () => {
    const due = dueDate('chargeback-bank-review', new Date('2026-11-01T00:00:00Z'), policy);
    expect(due.toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  it('when a process id is unknown, then it throws naming the id', () => {
    expect(() => dueDate('teleport', new Date(), policy)).toThrow(/teleport/);
  });
});

describe('timelineStatus', () => {
  const started = new Date('2026-11-20T10:00:00Z');
  it('when now is before the due date, then it is within', () => {
    const s = timelineStatus('refund-processing', started, new Date('2026-11-27T10:00:00Z'), policy);
    expect(s).toMatchObject({ state: 'within', businessDaysElapsed: 5 });
    expect(s.remainingMs).toBeGreaterThan(0);
  });
  it('when now is past the due date, then it is overdue', () => {
    const s = timelineStatus('refund-processing', started, new Date('2026-12-01T10:00:01Z'), policy);
    expect(s).toMatchObject({ state: 'overdue', remainingMs: 0 });
  });
});

describe('formatDue', () => {
  it('when the person lives in another zone, then the day is theirs', () => {
    // 23:30 UTC on Monday is already Tuesday in Tokyo.
    expect(formatDue(new Date('2026-11-30T23:30:00Z'), 'Asia/Tokyo')).toBe('Tuesday 1 December');
  });
  it('when the due date falls in another year, then the year is shown', () => {
    expect(
      formatDue(new Date('2027-01-06T10:00:00Z'), 'Europe/London', 'en-GB', new Date('2026-12-18T10:00:00Z')),
    ).toBe('Wednesday 6 January 2027');
  });
});
