import { TRANSITIONS, transition, type TicketEvent } from '../../handoff/lifecycle';
import { TICKET_STATUSES, type TicketStatus } from '../../handoff/types';
import { makeTicket } from './fixtures';

const NOW = new Date('2026-11-23T10:05:00.000Z');
const EVENTS: TicketEvent[] = [
  { type: 'claim', agentId: 'a1', agentName: 'Alice' },
  { type: 'release' },
  { type: 'resolve', resolution: 'Secured the account' },
  { type: 'expire' },
  { type: 'cancel' },
];
const ALLOWED: Record<TicketStatus, Partial<Record<TicketEvent['type'], TicketStatus>>> = {
  pending: { claim: 'assigned', expire: 'expired', cancel: 'cancelled' },
  assigned: { resolve: 'resolved', release: 'pending', cancel: 'cancelled' },
  resolved: {},
  expired: {},
  cancelled: {},
};

describe('transition', () => {
  for (const from of TICKET_STATUSES) {
    for (const event of EVENTS) {
      const to = ALLOWED[from][event.type];
      it(`from ${from} on ${event.type}: ${to ? `moves to ${to}` : 'is refused'}`, () => {
        const r = transition(
          makeTicket({ status: from, agentId: from === 'assigned' ? 'a1' : undefined }),
          event,
          NOW,
        );
        if (to) {
          expect(r).toMatchObject({ ok: true, ticket: { status: to, version: 2 } });
        } else {
          expect(r).toEqual({ ok: false, reason: 'not-allowed', from, event: event.type });
        }
      });
    }
  }

  it('the exported table matches the spec table of handoff.md §5', () => {
    expect(TRANSITIONS).toEqual(ALLOWED);
  });

  it('when claimed, then the agent and the assignment time are recorded', () => {
    const r = transition(makeTicket(), { type: 'claim', agentId: 'a1', agentName: 'Alice' }, NOW);
    expect(r).toMatchObject({
      ok: true,
      ticket: { agentId: 'a1', agentName: 'Alice', assignedAt: NOW.toISOString() },
    });
  });

  it('when resolved with a blank resolution, then it is refused', () => {
    const r = transition(
      makeTicket({ status: 'assigned', agentId: 'a1' }),
      { type: 'resolve', resolution: '  ' },
      NOW,
    );
    expect(r).toEqual({ ok: false, reason: 'empty-resolution' });
  });

  it('when a ticket reaches a final state, then it records an end reason and time', () => {
    const r = transition(makeTicket(), { type: 'cancel' }, NOW);
    expect(r).toMatchObject({
      ok: true,
      ticket: { endReason: 'customer-cancelled', endedAt: NOW.toISOString() },
    });
  });

  it('when returned to the queue, then the agent is cleared and createdAt kept', () => {
    const t = makeTicket({ status: 'assigned', agentId: 'a1', assignedAt: NOW.toISOString() });
    const r = transition(t, { type: 'release' }, NOW);
    expect(r.ok && r.ticket).toMatchObject({ status: 'pending', createdAt: t.createdAt });
    expect(r.ok && r.ticket.agentId).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const t = makeTicket();
    transition(t, { type: 'claim', agentId: 'a1' }, NOW);
    expect(t.status).toBe('pending');
  });
});
