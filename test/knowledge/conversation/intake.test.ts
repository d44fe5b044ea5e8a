import { freshMemory, missingFields, readMemory, ticketFields } from '../../../knowledge/conversation';

describe('missingFields', () => {
  it('when the id, start and contact were said earlier, then only the rest is asked', () => {
    const memory = {
      ...freshMemory(),
      caseId: 'D-5521',
      startedAt: '2026-10-12T12:00:00.000Z',
      contact: { method: 'email' as const, value: 'pat@example.com' },
      whatHappened: 'My dispute D-5521 was opened 8 weeks ago and nobody has replied',
    };
    expect(missingFields('stalled', memory, { answered: [] })).toEqual(['alreadyTried']);
  });
  it('when a field was answered with "none", then it is not asked again', () => {
    expect(missingFields('dispatch', freshMemory(), { answered: ['caseId', 'when'] })).toEqual([
      'whatHappened',
      'contact',
    ]);
  });
});

describe('ticketFields', () => {
  it('when the start is known, then the ticket holds it as an ISO date in the person’s zone, not as typed', () => {
    const memory = { ...freshMemory(), startedAt: '2026-10-11T23:30:00.000Z', startApproximate: true };
    expect(ticketFields(memory, {}, '8 weeks ago, like I said', 'Europe/London')).toMatchObject({
      when: '2026-10-12',
      whenApproximate: true,
      whatHappened: '8 weeks ago, like I said',
      contact: { method: 'chat' },
    });
  });
});

describe('readMemory', () => {
  it('when the stored value is not a memory, then a fresh one is used', () => {
    expect(readMemory({ mode: 'nonsense', misses: -1 })).toEqual(freshMemory());
  });
  it('when a stored memory is valid, then it is read back as it was', () => {
    const m = { ...freshMemory(), caseId: 'KX-1234', pending: { kind: 'confirm_ticket' as const } };
    expect(readMemory(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });
});
