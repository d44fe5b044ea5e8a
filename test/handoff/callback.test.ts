import { callbackSlots, knownPhone, pickSlot, readPhone } from '../../handoff/callback';
import { HOURS, makeTicket } from './fixtures';

describe('call back arrangement', () => {
  it('when a number is typed with spaces, brackets or dashes, then it is read; words and short digits are not', () => {
    expect(readPhone('+44 7700 900123')).toBe('+44 7700 900123');
    expect(readPhone('(212) 555-0100')).toBe('(212) 555-0100');
    expect(readPhone('call me at 5')).toBeNull();
    expect(readPhone('12345')).toBeNull();
    expect(readPhone('tomorrow morning')).toBeNull();
  });

  it('when intake took a phone contact, then that number is the one confirmed', () => {
    const t = makeTicket({
      fields: { whatHappened: 'x', contact: { method: 'phone', value: '+44 7700 900123' } },
    });
    expect(knownPhone(t)).toBe('+44 7700 900123');
    expect(knownPhone(makeTicket())).toBeUndefined();
  });

  it('when it is Saturday night, then the times offered are Monday within hours, written in the person zone', () => {
    const slots = callbackSlots(new Date('2026-11-28T22:30:00Z'), HOURS, 'Europe/Berlin');
    expect(slots.map((s) => s.at.toISOString())).toEqual([
      '2026-11-30T08:00:00.000Z',
      '2026-11-30T10:00:00.000Z',
      '2026-11-30T12:00:00.000Z',
    ]);
    expect(slots[0].label).toBe('Monday 30 November, 09:00 your time');
  });

  it('when the day is nearly over, then the offer carries on the next working day', () => {
    const slots = callbackSlots(new Date('2026-11-23T17:10:00Z'), HOURS, undefined);
    expect(slots.map((s) => s.label)).toEqual([
      'Monday 23 November, 19:00 London time',
      'Tuesday 24 November, 08:00 London time',
      'Tuesday 24 November, 10:00 London time',
    ]);
  });

  it('when the reply is a label or its number, then that slot is picked; anything else picks none', () => {
    const slots = callbackSlots(new Date('2026-11-28T22:30:00Z'), HOURS, 'Europe/Berlin');
    expect(pickSlot('monday 30 november, 11:00 your time', slots)).toBe(slots[1]);
    expect(pickSlot('3', slots)).toBe(slots[2]);
    expect(pickSlot('4', slots)).toBeNull();
    expect(pickSlot('tomorrow', slots)).toBeNull();
  });
});
