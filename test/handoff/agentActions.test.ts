/** The agent's actions beyond claim and reply: internal notes, transfers, typing (handoff/service.ts). */
import type { TicketStore } from '../../handoff/ports';
import { TYPING_THROTTLE_MS } from '../../handoff/typing';
import type { Ticket } from '../../handoff/types';
import { ALICE, BOB, request, setup } from './serviceHarness';

/** Claims the first ticket for Alice and forgets what the customer was told so far. */
async function heldByAlice(t: ReturnType<typeof setup>) {
  const { ticket } = await t.service.open(request());
  await t.service.claim(ticket.ticketId, ALICE);
  t.notifier.customer.length = 0;
  t.notifier.agents.length = 0;
  return ticket.ticketId;
}

describe('internal notes', () => {
  it('when an agent adds a note, then agents see it in the transcript and the customer is told nothing', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    const r = await t.service.addNote(id, BOB, '  Customer called the hotline too  ');
    expect(r).toMatchObject({
      ok: true,
      value: { from: 'note', agentId: 'bob', text: 'Customer called the hotline too' },
    });
    expect((await t.store.listMessages(id)).at(-1)).toMatchObject({
      from: 'note',
      text: 'Customer called the hotline too',
    });
    expect(t.notifier.customer).toEqual([]);
    expect(t.notifier.agents).toEqual([
      { type: 'message', ticketId: id, message: expect.objectContaining({ from: 'note' }) },
    ]);
  });

  it('when the ticket is waiting or already closed, then a note may still be added (follow-ups happen after closing)', async () => {
    const t = setup();
    const { ticket } = await t.service.open(request());
    expect((await t.service.addNote(ticket.ticketId, ALICE, 'Looks like a repeat of last week')).ok).toBe(
      true,
    );
    await t.service.claim(ticket.ticketId, ALICE);
    await t.service.resolve(ticket.ticketId, ALICE, 'Password reset');
    const before = t.notifier.customer.length;
    expect((await t.service.addNote(ticket.ticketId, ALICE, 'Called back, all fine')).ok).toBe(true);
    expect(t.notifier.customer).toHaveLength(before);
  });

  it('when the note is blank or the ticket unknown, then it is refused', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    expect(await t.service.addNote(id, ALICE, '   ')).toEqual({ ok: false, reason: 'empty' });
    expect(await t.service.addNote('T-NOPE', ALICE, 'x')).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('transfers', () => {
  it('when Alice transfers to Bob, then Bob holds it, the customer gets one plain line without the reason, and the reason is a note', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    const r = await t.service.transfer(
      id,
      ALICE,
      { kind: 'agent', agentId: 'bob', agentName: 'Bob' },
      'Bob knows payouts',
    );
    expect(r).toMatchObject({ ok: true, value: { status: 'assigned', agentId: 'bob', agentName: 'Bob' } });
    expect(t.notifier.customer.map((c) => c.note.text)).toEqual([
      "You're being transferred to Bob; they can see everything so far.",
    ]);
    const lines = await t.store.listMessages(id);
    expect(lines.slice(-2).map((m) => [m.from, m.text])).toEqual([
      ['system', 'Alice transferred the ticket to Bob.'],
      ['note', 'Bob knows payouts'],
    ]);
    expect(t.notifier.agents).toContainEqual({
      type: 'transfer',
      ticketId: id,
      fromAgentId: 'alice',
      toAgentId: 'bob',
      category: 'security',
    });
    expect(await t.service.agentSay(id, ALICE, 'still me?')).toEqual({ ok: false, reason: 'not-holder' });
    expect((await t.service.agentSay(id, BOB, 'Hi, Bob here')).ok).toBe(true);
  });

  it('when put back in the queue under another category, then it waits with that priority and the customer hears the team and their place', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    t.advance(60_000);
    await t.service.open(
      request({ conversationKey: 'webchat:c2', personKey: 'webchat:u2', category: 'stalled' }),
    );
    const r = await t.service.transfer(
      id,
      ALICE,
      { kind: 'queue', category: 'dispute-chargeback' },
      'A chargeback, not a hack',
    );
    expect(r).toMatchObject({
      ok: true,
      value: { status: 'pending', category: 'dispute-chargeback', priority: 'normal', rank: 2 },
    });
    expect((await t.store.listQueue()).map((x) => x.ticketId)).toEqual([id, 'T-000002']);
    const told = t.notifier.customer.find((c) => c.ticketId === id)?.note;
    expect(told?.text).toMatch(
      /^You're being transferred to our disputes and chargebacks team; they can see everything so far\. You're next in the queue\./,
    );
    expect(told?.text).not.toContain('chargeback, not a hack');
    expect(told?.queue?.position).toBe(1);
  });

  it('when put back in the queue with no category, then it keeps its own, and a deadline that starts now', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    t.advance(5 * 60 * 60 * 1000);
    const r = await t.service.transfer(id, ALICE, { kind: 'queue' }, 'Need a second opinion');
    expect(r).toMatchObject({ ok: true, value: { category: 'security', status: 'pending' } });
    expect(await t.service.expireDue()).toEqual([]);
  });

  it('when someone who does not hold the ticket transfers it, or it is already closed, then it is refused with the state it is in', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    const toAlice = { kind: 'agent', agentId: 'alice', agentName: 'Alice' } as const;
    expect(await t.service.transfer(id, BOB, toAlice, 'mine now')).toEqual({
      ok: false,
      reason: 'not-holder',
      status: 'assigned',
    });
    await t.service.resolve(id, ALICE, 'Done');
    expect(await t.service.transfer(id, ALICE, { kind: 'queue' }, 'oops')).toEqual({
      ok: false,
      reason: 'not-allowed',
      status: 'resolved',
    });
  });

  it('when the reason is blank or the target is the holder, then it is refused and nothing changes', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    const before = await t.store.get(id);
    expect(await t.service.transfer(id, ALICE, { kind: 'queue' }, ' ')).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(
      await t.service.transfer(id, ALICE, { kind: 'agent', agentId: 'alice', agentName: 'Alice' }, 'me'),
    ).toEqual({
      ok: false,
      reason: 'same-agent',
      status: 'assigned',
    });
    expect(await t.store.get(id)).toEqual(before);
    expect(t.notifier.customer).toEqual([]);
  });

  it('when a transfer and a close race from the same read, then exactly one happens and the ticket is whole', async () => {
    // Both actions read the ticket before either writes: the versioned save lets one through.
    let release: () => void = () => undefined;
    const bothRead = new Promise<void>((r) => (release = r));
    let reads = 0;
    const racing = (inner: TicketStore): TicketStore =>
      Object.assign(Object.create(inner) as TicketStore, {
        get: async (ticketId: string): Promise<Ticket | null> => {
          const current = await inner.get(ticketId);
          if (gate && ++reads <= 2) {
            if (reads === 2) release();
            await bothRead;
          }
          return current;
        },
      });
    let gate = false;
    const t = setup(undefined, racing);
    const id = await heldByAlice(t);
    gate = true;
    const [transfer, close] = await Promise.all([
      t.service.transfer(id, ALICE, { kind: 'agent', agentId: 'bob', agentName: 'Bob' }, 'Bob takes payouts'),
      t.service.resolve(id, ALICE, 'Fixed'),
    ]);
    expect(reads).toBeGreaterThan(2); // the loser read again after its write was refused
    expect([transfer.ok, close.ok].filter(Boolean)).toHaveLength(1);
    const loser = transfer.ok ? close : transfer;
    expect(loser).toMatchObject({ ok: false, reason: expect.stringMatching(/^(not-holder|not-allowed)$/) });
    const final = (await t.store.get(id))!;
    if (transfer.ok) {
      expect(final).toMatchObject({ status: 'assigned', agentId: 'bob', version: 3 });
      expect(final.endedAt).toBeUndefined();
    } else {
      expect(final).toMatchObject({ status: 'resolved', agentId: 'alice', resolution: 'Fixed' });
      expect(final.transfers).toBeUndefined();
    }
  });
});

describe('typing', () => {
  it('when the customer types while an agent holds the ticket, then that agent is told once per window', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    const ticket = (await t.store.get(id))!;
    expect([t.service.customerTyping(ticket), t.service.customerTyping(ticket)]).toEqual([true, false]);
    t.advance(TYPING_THROTTLE_MS);
    expect(t.service.customerTyping(ticket)).toBe(true);
    expect(t.notifier.agents).toEqual([
      { type: 'typing', ticketId: id, forAgentId: 'alice' },
      { type: 'typing', ticketId: id, forAgentId: 'alice' },
    ]);
  });

  it('when the ticket is still waiting, then the customer typing goes nowhere', async () => {
    const t = setup();
    const { ticket } = await t.service.open(request());
    expect(t.service.customerTyping(ticket)).toBe(false);
    expect(t.notifier.agents.filter((e) => e.type === 'typing')).toEqual([]);
  });

  it('when the holder types, then the customer sees it once per window; anyone else is refused', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    expect(await t.service.agentTyping(id, ALICE)).toEqual({ ok: true, value: true });
    expect(await t.service.agentTyping(id, ALICE)).toEqual({ ok: true, value: false });
    expect(await t.service.agentTyping(id, BOB)).toEqual({
      ok: false,
      reason: 'not-holder',
      status: 'assigned',
    });
    expect(t.notifier.typing).toEqual([{ ticketId: id, agentName: 'Alice' }]);
  });
});

describe('returning a ticket to the queue', () => {
  it('when an agent held it past its first deadline, then it is not expired the moment it is back', async () => {
    const t = setup();
    const id = await heldByAlice(t);
    t.advance(5 * 60 * 60 * 1000);
    expect((await t.service.returnToQueue(id, ALICE)).ok).toBe(true);
    expect(await t.service.expireDue()).toEqual([]);
    expect((await t.store.get(id))?.status).toBe('pending');
  });
});
