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
  { type: 'transfer', agentId: 'b2', agentName: 'Bob', note: 'Bob handles payouts' },
  {
    type: 'requeue',
    category: 'dispute-chargeback',
    priority: 'normal',
    rank: 2,
    expiresAt: '2026-11-23T14:05:00.000Z',
    note: 'A chargeback, not a security matter',
  },
  { type: 'followUp', followUp: { method: 'email' } },
  { type: 'survey', score: 4 },
];
const ALLOWED: Record<TicketStatus, Partial<Record<TicketEvent['type'], TicketStatus>>> = {
  pending: { claim: 'assigned', expire: 'expired', cancel: 'cancelled', followUp: 'pending' },
  assigned: {
    resolve: 'resolved',
    release: 'pending',
    cancel: 'cancelled',
    transfer: 'assigned',
    requeue: 'pending',
  },
  // The survey answer is the one field written after the close.
  resolved: { survey: 'resolved' },
  expired: {},
  cancelled: {},
};

describe('transition', () => {
  for (const from of TICKET_STATUSES) {
    for (const event of EVENTS) {
      const to = ALLOWED[from][event.type];
      it(`from ${from} on ${event.type}: ${to ? `moves to ${to}` : 'is refused'}`, () => {
        const r = transition(
          makeTicket({ status: from, agentId: from === 'assigned' ? 'a1' : undefined, csatAsked: true }),
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

  it('when resolved with askSurvey, then the survey is marked asked in the same write', () => {
    const r = transition(
      makeTicket({ status: 'assigned', agentId: 'a1' }),
      { type: 'resolve', resolution: 'Done', askSurvey: true },
      NOW,
    );
    expect(r).toMatchObject({ ok: true, ticket: { status: 'resolved', csatAsked: true, version: 2 } });
  });

  it('when the survey is answered, then the score is kept and a second answer is refused', () => {
    const asked = makeTicket({ status: 'resolved', csatAsked: true });
    const first = transition(asked, { type: 'survey', score: 5 }, NOW);
    expect(first).toMatchObject({ ok: true, ticket: { csat: 5, csatClosed: true, version: 2 } });
    if (!first.ok) throw new Error('refused');
    expect(transition(first.ticket, { type: 'survey', score: 1 }, NOW)).toEqual({
      ok: false,
      reason: 'not-asked',
    });
  });

  it('when the survey was never asked, then an answer is refused', () => {
    expect(transition(makeTicket({ status: 'resolved' }), { type: 'survey', score: 3 }, NOW)).toEqual({
      ok: false,
      reason: 'not-asked',
    });
  });

  it('when a follow-up is arranged while waiting, then it is stored and the ticket stays in the queue', () => {
    const r = transition(
      makeTicket(),
      { type: 'followUp', followUp: { method: 'callback', phone: '+44 7700 900123', asking: 'time' } },
      NOW,
    );
    expect(r).toMatchObject({
      ok: true,
      ticket: {
        status: 'pending',
        followUp: { method: 'callback', phone: '+44 7700 900123', asking: 'time' },
      },
    });
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

  it('when returned to the queue with a new deadline, then the deadline is the new one (the old may have passed while assigned)', () => {
    const t = makeTicket({ status: 'assigned', agentId: 'a1', expiresAt: '2026-11-23T09:00:00.000Z' });
    const r = transition(t, { type: 'release', expiresAt: '2026-11-23T14:05:00.000Z' }, NOW);
    expect(r.ok && r.ticket.expiresAt).toBe('2026-11-23T14:05:00.000Z');
  });

  describe('transfers', () => {
    const held = () =>
      makeTicket({
        status: 'assigned',
        agentId: 'a1',
        agentName: 'Alice',
        assignedAt: '2026-11-23T10:01:00.000Z',
      });

    it('when transferred to another agent, then that agent holds it, the first assignment time stays and the audit trail records who, to whom and why', () => {
      const r = transition(
        held(),
        { type: 'transfer', agentId: 'b2', agentName: 'Bob', note: ' payouts expert ' },
        NOW,
      );
      expect(r).toMatchObject({
        ok: true,
        ticket: {
          status: 'assigned',
          agentId: 'b2',
          agentName: 'Bob',
          assignedAt: '2026-11-23T10:01:00.000Z',
          version: 2,
          transfers: [
            {
              at: NOW.toISOString(),
              fromAgentId: 'a1',
              fromAgentName: 'Alice',
              to: 'agent',
              toAgentId: 'b2',
              toAgentName: 'Bob',
              fromCategory: 'security',
              toCategory: 'security',
              note: 'payouts expert',
            },
          ],
        },
      });
    });

    it('when transferred to the agent who already holds it, then it is refused', () => {
      expect(transition(held(), { type: 'transfer', agentId: 'a1', note: 'me again' }, NOW)).toEqual({
        ok: false,
        reason: 'same-agent',
      });
    });

    it('when the note of why is blank, then both kinds of transfer are refused', () => {
      expect(transition(held(), { type: 'transfer', agentId: 'b2', note: ' ' }, NOW)).toEqual({
        ok: false,
        reason: 'empty-note',
      });
      const requeue: TicketEvent = {
        type: 'requeue',
        category: 'stalled',
        priority: 'normal',
        rank: 1,
        expiresAt: NOW.toISOString(),
        note: '',
      };
      expect(transition(held(), requeue, NOW)).toEqual({ ok: false, reason: 'empty-note' });
    });

    it('when put back in the queue under another category, then it waits there with that priority, its first createdAt and a fresh deadline', () => {
      const t = held();
      const r = transition(
        t,
        {
          type: 'requeue',
          category: 'dispute-chargeback',
          priority: 'normal',
          rank: 2,
          expiresAt: '2026-11-23T14:05:00.000Z',
          note: 'chargeback, not security',
        },
        NOW,
      );
      expect(r).toMatchObject({
        ok: true,
        ticket: {
          status: 'pending',
          category: 'dispute-chargeback',
          priority: 'normal',
          rank: 2,
          createdAt: t.createdAt,
          expiresAt: '2026-11-23T14:05:00.000Z',
          transfers: [{ to: 'queue', fromCategory: 'security', toCategory: 'dispute-chargeback' }],
        },
      });
      expect(r.ok && [r.ticket.agentId, r.ticket.assignedAt]).toEqual([undefined, undefined]);
    });

    it('keeps earlier transfers when the ticket moves again', () => {
      const once = transition(
        held(),
        { type: 'transfer', agentId: 'b2', agentName: 'Bob', note: 'one' },
        NOW,
      );
      const twice = once.ok && transition(once.ticket, { type: 'transfer', agentId: 'a1', note: 'two' }, NOW);
      expect(
        twice && twice.ok && twice.ticket.transfers?.map((x) => [x.fromAgentId, x.toAgentId, x.note]),
      ).toEqual([
        ['a1', 'b2', 'one'],
        ['b2', 'a1', 'two'],
      ]);
    });
  });

  it('does not mutate its input', () => {
    const t = makeTicket();
    transition(t, { type: 'claim', agentId: 'a1' }, NOW);
    expect(t.status).toBe('pending');
  });
});
