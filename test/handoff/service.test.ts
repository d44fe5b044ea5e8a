import { ALICE, BOB, request, setup } from './serviceHarness';

describe('HandoffService', () => {
  it('when a request opens a ticket, then it carries priority, rank, the transcript and a queue position', async () => {
    const { service, presence, now, store } = setup();
    presence.seen('alice', now());
    const r = await service.open(
      request({ transcript: [{ from: 'customer', text: 'my account was hacked', at: now().toISOString() }] }),
    );
    expect(r).toMatchObject({
      attached: false,
      position: 1,
      ticket: { ticketId: 'T-000001', priority: 'urgent', rank: 4, status: 'pending' },
    });
    expect(r.estimate).toEqual({ kind: 'unknown', why: 'no-history' });
    expect((await store.listMessages('T-000001')).map((m) => m.from)).toEqual(['customer', 'system']);
  });

  it('when the same person asks twice about the same case, then there is one ticket and the second is attached', async () => {
    const { service, store } = setup();
    const first = await service.open(request({ caseId: 'KX-1' }));
    const second = await service.open(request({ conversationKey: 'msteams:c2', caseId: 'kx-1' }));
    expect(second).toMatchObject({ attached: true, ticket: { ticketId: first.ticket.ticketId } });
    expect(await store.listQueue()).toHaveLength(1);
    expect((await store.listMessages(first.ticket.ticketId)).at(-1)?.text).toMatch(/asked again/);
  });

  it('when closed at the weekend, then the ticket is kept, the offer names Monday, and expiry runs from the opening', async () => {
    const { service } = setup('2026-11-29T12:00:00.000Z');
    const r = await service.open(request({ customerTimeZone: 'America/New_York' }));
    expect(r.offHours?.why).toBe('closed');
    expect(r.text).toContain('Monday 30 November, 03:00 your time');
    expect(Date.parse(r.ticket.expiresAt)).toBeGreaterThan(Date.parse('2026-11-30T08:00:00.000Z'));
  });

  it('when two agents claim at once, then one wins and the customer hears the winner', async () => {
    const { service, notifier } = setup();
    const { ticket } = await service.open(request());
    const [a, b] = await Promise.all([
      service.claim(ticket.ticketId, ALICE),
      service.claim(ticket.ticketId, BOB),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const loser = a.ok ? b : a;
    expect(loser).toEqual({ ok: false, reason: 'taken' });
    expect(notifier.customer.filter((c) => c.note.status === 'accepted')).toHaveLength(1);
  });

  it('when an agent who does not hold the ticket writes, then it is refused', async () => {
    const { service } = setup();
    const { ticket } = await service.open(request());
    await service.claim(ticket.ticketId, ALICE);
    expect(await service.agentSay(ticket.ticketId, BOB, 'hi')).toEqual({ ok: false, reason: 'not-holder' });
  });

  it('when the agent resolves, then the survey is asked and a score is recorded once', async () => {
    const { service, notifier, store } = setup();
    const { ticket } = await service.open(request());
    await service.claim(ticket.ticketId, ALICE);
    await service.agentSay(ticket.ticketId, ALICE, 'I have locked your payouts');
    const done = await service.resolve(ticket.ticketId, ALICE, 'Payouts locked, password reset');
    expect(done).toMatchObject({ ok: true, value: { status: 'resolved', csatAsked: true } });
    expect(notifier.customer.at(-1)?.note.text).toMatch(/from 1 .* to 5/);
    const saved = await service.recordCsat((await store.get(ticket.ticketId))!, 5);
    expect(saved).toMatchObject({ csat: 5, csatClosed: true });
  });

  it('when the agent returns a ticket, then it regains its place ahead of newer tickets of its rank', async () => {
    const { service, store, advance } = setup();
    const first = await service.open(request());
    advance(60000);
    await service.open(request({ conversationKey: 'webchat:c2', personKey: 'webchat:u2' }));
    await service.claim(first.ticket.ticketId, ALICE);
    await service.returnToQueue(first.ticket.ticketId, ALICE);
    expect((await store.listQueue()).map((t) => t.ticketId)).toEqual([first.ticket.ticketId, 'T-000002']);
  });

  it('when a ticket ahead is claimed, then the waiting person is told their new position', async () => {
    const { service, notifier, advance } = setup();
    const first = await service.open(request());
    advance(1000);
    const second = await service.open(request({ conversationKey: 'webchat:c2', personKey: 'webchat:u2' }));
    expect(second.position).toBe(2);
    await service.claim(first.ticket.ticketId, ALICE);
    expect(notifier.customer.find((c) => c.ticketId === second.ticket.ticketId)?.note.queue?.position).toBe(
      1,
    );
  });

  it('when the deadline passes, then the sweep expires the pending ticket and tells the person', async () => {
    const { service, advance, notifier } = setup();
    const { ticket } = await service.open(request());
    advance(5 * 60 * 60 * 1000);
    expect((await service.expireDue()).map((t) => t.ticketId)).toEqual([ticket.ticketId]);
    expect(notifier.customer.at(-1)?.note.status).toBe('failed');
  });

  it('when an external hub sends accepted then completed, then the ticket is assigned then resolved, and repeats are no-ops', async () => {
    const { service, store } = setup();
    const { ticket } = await service.open(request());
    await service.hubStatus('webchat:c1', 'accepted');
    await service.hubStatus('webchat:c1', 'accepted');
    expect((await store.get(ticket.ticketId))?.status).toBe('assigned');
    await service.hubStatus('webchat:c1', 'completed');
    expect((await store.get(ticket.ticketId))?.endReason).toBe('hub-completed');
    expect(await service.hubStatus('webchat:c1', 'completed')).toBeNull();
  });

  it('when the person cancels, then the ticket is cancelled and a new request opens a new ticket', async () => {
    const { service } = setup();
    const { ticket } = await service.open(request());
    expect((await service.cancel('webchat:c1'))?.status).toBe('cancelled');
    expect((await service.open(request())).ticket.ticketId).not.toBe(ticket.ticketId);
  });
});
