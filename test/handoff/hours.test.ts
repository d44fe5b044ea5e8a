import { formatInZone, isOpen, nextOpening, offHoursOffer } from '../../handoff/hours';
import { HOURS } from './fixtures';

describe('business hours (Europe/London, Mon–Sat 08:00–20:00)', () => {
  it('when it is Monday 10:00 in London, then support is open', () => {
    expect(isOpen(new Date('2026-11-23T10:00:00Z'), HOURS)).toBe(true);
  });
  it('when it is Saturday 19:59, then open; at 20:00, then closed', () => {
    expect(isOpen(new Date('2026-11-28T19:59:00Z'), HOURS)).toBe(true);
    expect(isOpen(new Date('2026-11-28T20:00:00Z'), HOURS)).toBe(false);
  });
  it('when asked on Saturday night, then the next opening is Monday 08:00 London (Sunday is closed)', () => {
    expect(nextOpening(new Date('2026-11-28T22:30:00Z'), HOURS).toISOString()).toBe(
      '2026-11-30T08:00:00.000Z',
    );
  });
  it('when asked on Sunday noon, then the next opening is Monday 08:00', () => {
    expect(nextOpening(new Date('2026-11-29T12:00:00Z'), HOURS).toISOString()).toBe(
      '2026-11-30T08:00:00.000Z',
    );
  });
  it('when asked on a weekday at 06:00, then it opens the same morning', () => {
    expect(nextOpening(new Date('2026-11-24T06:00:00Z'), HOURS).toISOString()).toBe(
      '2026-11-24T08:00:00.000Z',
    );
  });
  it('when the next day is a holiday, then it is skipped', () => {
    const hours = { ...HOURS, holidays: ['2026-11-30'] };
    expect(nextOpening(new Date('2026-11-29T12:00:00Z'), hours).toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
  });
  it('in summer time, then opening is 07:00 UTC', () => {
    expect(nextOpening(new Date('2026-07-05T12:00:00Z'), HOURS).toISOString()).toBe(
      '2026-07-06T07:00:00.000Z',
    );
  });
});

describe('offHoursOffer', () => {
  it('when closed, then it offers callback or email at the next opening stated in the person zone', () => {
    const offer = offHoursOffer(new Date('2026-11-28T22:30:00Z'), HOURS, 0, 'Europe/Berlin');
    expect(offer).toMatchObject({ why: 'closed', zone: 'Europe/Berlin' });
    expect(offer?.text).toContain('Monday 30 November, 09:00 your time');
    expect(offer?.text).toMatch(/callback.*email/);
  });
  it('when open but no agent is signed in, then it still offers a follow-up', () => {
    expect(offHoursOffer(new Date('2026-11-23T10:00:00Z'), HOURS, 0)?.why).toBe('no-agents');
  });
  it('when open and an agent is signed in, then there is no offer', () => {
    expect(offHoursOffer(new Date('2026-11-23T10:00:00Z'), HOURS, 1)).toBeNull();
  });
  it('when the person zone is invalid, then times are stated in the agents zone', () => {
    expect(offHoursOffer(new Date('2026-11-29T12:00:00Z'), HOURS, 0, 'Mars/Olympus')?.zone).toBe(
      'Europe/London',
    );
    expect(formatInZone(new Date('2026-11-30T08:00:00Z'), 'Europe/London')).toBe(
      'Monday 30 November, 08:00 London time',
    );
  });
});
