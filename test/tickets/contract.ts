/** The contract every TicketStore passes (DESIGN/STYLE §6: one suite, every provider). */
import { transition } from '../../handoff/lifecycle';
import type { TicketStore } from '../../handoff/ports';
import { makeTicket } from '../handoff/fixtures';

export interface StoreHarness {
  /** A fresh, empty store. */
  make(): Promise<TicketStore>;
  /** A second store over the same data (a restart or a second instance), when supported. */
  reopen(): Promise<TicketStore>;
  cleanup(): Promise<void>;
}

const NOW = new Date('2026-11-23T10:05:00.000Z');

export function ticketStoreContract(name: string, harness: () => StoreHarness): void {
  describe(`${name} TicketStore contract`, () => {
    let h: StoreHarness;
    let store: TicketStore;
    beforeEach(async () => {
      h = harness();
      store = await h.make();
    });
    afterEach(async () => h.cleanup());

    it('when a ticket is opened, then it can be read back and found by conversation', async () => {
      const t = makeTicket();
      expect(await store.open(t)).toEqual({ ticket: t, attached: false });
      expect(await store.get(t.ticketId)).toEqual(t);
      expect((await store.findOpenByConversation(t.conversationKey))?.ticketId).toBe(t.ticketId);
    });

    it('when the same conversation asks again, then the open ticket is returned as attached', async () => {
      const first = makeTicket({ ticketId: 'T-A' });
      await store.open(first);
      const again = await store.open(makeTicket({ ticketId: 'T-B', conversationKey: first.conversationKey }));
      expect(again).toMatchObject({ attached: true, ticket: { ticketId: 'T-A' } });
      expect(await store.get('T-B')).toBeNull();
    });

    it('when the same person and case arrive from another conversation, then they attach to the open ticket', async () => {
      await store.open(makeTicket({ ticketId: 'T-A', personKey: 'p1', caseId: 'KX-1' }));
      const again = await store.open(makeTicket({ ticketId: 'T-B', personKey: 'p1', caseId: 'KX-1' }));
      expect(again).toMatchObject({ attached: true, ticket: { ticketId: 'T-A' } });
    });

    it('when two opens for one person and case race, then exactly one ticket exists', async () => {
      const [a, b] = await Promise.all([
        store.open(makeTicket({ ticketId: 'T-A', personKey: 'p1', caseId: 'KX-1' })),
        store.open(makeTicket({ ticketId: 'T-B', personKey: 'p1', caseId: 'KX-1' })),
      ]);
      expect([a.attached, b.attached].sort()).toEqual([false, true]);
      expect(a.ticket.ticketId).toBe(b.ticket.ticketId);
    });

    it('when the open ticket is closed, then the same case may open a new one', async () => {
      const first = makeTicket({ ticketId: 'T-A', personKey: 'p1', caseId: 'KX-1' });
      await store.open(first);
      await store.save({
        ...first,
        status: 'cancelled',
        endReason: 'customer-cancelled',
        endedAt: NOW.toISOString(),
        version: 2,
      });
      expect(
        await store.open(makeTicket({ ticketId: 'T-B', personKey: 'p1', caseId: 'KX-1' })),
      ).toMatchObject({ attached: false });
    });

    it('when two agents claim one ticket at once, then exactly one wins', async () => {
      const t = makeTicket();
      await store.open(t);
      const results = await Promise.all([
        store.claim(t.ticketId, 'alice', 'Alice', NOW),
        store.claim(t.ticketId, 'bob', 'Bob', NOW),
      ]);
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      expect((await store.get(t.ticketId))?.agentId).toBe(winners[0]?.agentId);
    });

    it('when a save carries a stale version, then it is refused', async () => {
      const t = makeTicket();
      await store.open(t);
      expect(await store.save({ ...t, summary: 'first', version: 2 })).not.toBeNull();
      expect(await store.save({ ...t, summary: 'stale', version: 2 })).toBeNull();
      expect((await store.get(t.ticketId))?.summary).toBe('first');
    });

    it('when the sweeper runs after a claim, then the claimed ticket is not expired', async () => {
      const claimed = makeTicket({ ticketId: 'T-C', expiresAt: '2026-11-23T10:00:00.000Z' });
      const waiting = makeTicket({ ticketId: 'T-W', expiresAt: '2026-11-23T10:00:00.000Z' });
      const fresh = makeTicket({ ticketId: 'T-F', expiresAt: '2026-11-23T18:00:00.000Z' });
      for (const t of [claimed, waiting, fresh]) await store.open(t);
      await store.claim('T-C', 'alice', 'Alice', NOW);
      const expired = await store.expireDue(NOW);
      expect(expired.map((t) => t.ticketId)).toEqual(['T-W']);
      expect((await store.get('T-C'))?.status).toBe('assigned');
      expect((await store.get('T-W'))?.endReason).toBe('queue-timeout');
    });

    it('lists the queue by rank, then first in first out', async () => {
      await store.open(makeTicket({ ticketId: 'T-1', rank: 1, createdAt: '2026-11-23T09:00:00.000Z' }));
      await store.open(makeTicket({ ticketId: 'T-2', rank: 4, createdAt: '2026-11-23T09:30:00.000Z' }));
      await store.open(makeTicket({ ticketId: 'T-3', rank: 4, createdAt: '2026-11-23T09:10:00.000Z' }));
      expect((await store.listQueue()).map((t) => t.ticketId)).toEqual(['T-3', 'T-2', 'T-1']);
    });

    it("counts a pending ticket's place in queue order, and none for a ticket not waiting", async () => {
      await store.open(makeTicket({ ticketId: 'T-1', rank: 1, createdAt: '2026-11-23T09:00:00.000Z' }));
      await store.open(makeTicket({ ticketId: 'T-2', rank: 4, createdAt: '2026-11-23T09:30:00.000Z' }));
      await store.open(makeTicket({ ticketId: 'T-3', rank: 4, createdAt: '2026-11-23T09:10:00.000Z' }));
      await store.open(makeTicket({ ticketId: 'T-4', rank: 4, createdAt: '2026-11-23T09:10:00.000Z' }));
      const order = (await store.listQueue()).map((t) => t.ticketId);
      for (const [i, id] of order.entries()) expect(await store.queuePosition(id)).toBe(i + 1);
      await store.claim('T-2', 'a1', 'Alice', NOW);
      expect(await store.queuePosition('T-2')).toBeNull();
      expect(await store.queuePosition('T-1')).toBe(3);
      expect(await store.queuePosition('T-404')).toBeNull();
    });

    it('when messages are appended and the store is reopened, then every message is there in order', async () => {
      const t = makeTicket();
      await store.open(t);
      await store.appendMessage({
        ticketId: t.ticketId,
        at: NOW.toISOString(),
        from: 'customer',
        text: 'hello',
      });
      await store.appendMessage({
        ticketId: t.ticketId,
        at: NOW.toISOString(),
        from: 'agent',
        text: 'hi, Alice here',
        agentId: 'alice',
      });
      const again = await h.reopen();
      const messages = await again.listMessages(t.ticketId);
      expect(messages.map((m) => [m.seq, m.from, m.text])).toEqual([
        [0, 'customer', 'hello'],
        [1, 'agent', 'hi, Alice here'],
      ]);
      expect((await again.get(t.ticketId))?.status).toBe('pending');
    });

    it('when a message carries files, then they read back with it after a reopen, and other lines have none', async () => {
      const t = makeTicket();
      await store.open(t);
      const files = [
        {
          contentType: 'image/png',
          url: 'https://bot.example/v3/directline/attachments/a1?e=1&s=x',
          name: 'label.png',
        },
        {
          contentType: 'application/pdf',
          url: 'https://bot.example/v3/directline/attachments/a2?e=1&s=y',
          name: 'receipt.pdf',
        },
      ];
      const appended = await store.appendMessage({
        ticketId: t.ticketId,
        at: NOW.toISOString(),
        from: 'customer',
        text: 'here is the label',
        attachments: files,
      });
      expect(appended).toMatchObject({ seq: 0, attachments: files });
      await store.appendMessage({ ticketId: t.ticketId, at: NOW.toISOString(), from: 'bot', text: 'thanks' });
      const messages = await (await h.reopen()).listMessages(t.ticketId);
      expect(messages[0]).toEqual(appended);
      expect(messages[1]).not.toHaveProperty('attachments');
    });

    it('when a message carries a script URL or more than five files, then it is refused naming the field', async () => {
      const t = makeTicket();
      await store.open(t);
      const line = { ticketId: t.ticketId, at: NOW.toISOString(), from: 'customer' as const, text: 'x' };
      const file = { contentType: 'image/png', url: 'https://bot.example/a.png', name: 'a.png' };
      await expect(
        store.appendMessage({ ...line, attachments: [{ ...file, url: 'javascript:alert(1)' }] }),
      ).rejects.toThrow(/attachments\.0\.url/);
      await expect(
        store.appendMessage({ ...line, attachments: Array.from({ length: 6 }, () => file) }),
      ).rejects.toThrow(/attachments/);
      expect(await store.listMessages(t.ticketId)).toEqual([]);
    });

    it('when an internal note is appended and a transfer saved, then both read back after a reopen', async () => {
      const t = makeTicket();
      await store.open(t);
      const claimed = (await store.claim(t.ticketId, 'alice', 'Alice', NOW))!;
      const moved = transition(
        claimed,
        { type: 'transfer', agentId: 'bob', agentName: 'Bob', note: 'payouts' },
        NOW,
      );
      if (!moved.ok) throw new Error('transfer refused');
      expect(await store.save(moved.ticket)).toEqual(moved.ticket);
      await store.appendMessage({
        ticketId: t.ticketId,
        at: NOW.toISOString(),
        from: 'note',
        text: 'customer also emailed',
        agentId: 'alice',
      });
      const again = await h.reopen();
      expect((await again.listMessages(t.ticketId)).map((m) => [m.from, m.text, m.agentId])).toEqual([
        ['note', 'customer also emailed', 'alice'],
      ]);
      expect(await again.get(t.ticketId)).toMatchObject({
        agentId: 'bob',
        version: 3,
        transfers: [{ fromAgentId: 'alice', toAgentId: 'bob', note: 'payouts' }],
      });
    });

    it('when a transfer was saved first, then a close based on the same read is refused', async () => {
      const t = makeTicket();
      await store.open(t);
      const claimed = (await store.claim(t.ticketId, 'alice', 'Alice', NOW))!;
      const moved = transition(claimed, { type: 'transfer', agentId: 'bob', note: 'payouts' }, NOW);
      const closed = transition(claimed, { type: 'resolve', resolution: 'done' }, NOW);
      if (!moved.ok || !closed.ok) throw new Error('refused');
      expect(await store.save(moved.ticket)).not.toBeNull();
      expect(await store.save(closed.ticket)).toBeNull();
      expect(await store.get(t.ticketId)).toMatchObject({ status: 'assigned', agentId: 'bob' });
    });

    it('reports handling times of resolved tickets', async () => {
      const t = makeTicket({ status: 'pending' });
      await store.open(t);
      const c = await store.claim(t.ticketId, 'alice', 'Alice', NOW);
      await store.save({
        ...c!,
        status: 'resolved',
        endedAt: '2026-11-23T10:15:00.000Z',
        endReason: 'agent-resolved',
        version: c!.version + 1,
      });
      expect(await store.recentHandlingTimes(10)).toEqual([10 * 60000]);
    });

    it('lists the tickets resolved since a time, newest first, for the survey scores', async () => {
      const resolvedAt = async (endedAt: string, csat?: number) => {
        const t = makeTicket({ status: 'pending' });
        await store.open(t);
        const c = await store.claim(t.ticketId, 'alice', 'Alice', NOW);
        const r = transition(c!, { type: 'resolve', resolution: 'done', askSurvey: true }, new Date(endedAt));
        if (!r.ok) throw new Error('refused');
        await store.save(r.ticket);
        if (csat === undefined) return t.ticketId;
        const s = transition(r.ticket, { type: 'survey', score: csat }, new Date(endedAt));
        if (!s.ok) throw new Error('refused');
        await store.save(s.ticket);
        return t.ticketId;
      };
      await resolvedAt('2026-11-01T10:00:00.000Z', 2);
      const older = await resolvedAt('2026-11-20T10:00:00.000Z', 4);
      const newer = await resolvedAt('2026-11-22T10:00:00.000Z');
      const listed = await store.listResolvedSince(new Date('2026-11-15T00:00:00.000Z'), 10);
      expect(listed.map((t) => t.ticketId)).toEqual([newer, older]);
      expect(listed.map((t) => t.csat)).toEqual([undefined, 4]);
      expect(await store.listResolvedSince(new Date('2026-11-15T00:00:00.000Z'), 1)).toHaveLength(1);
    });
  });
}
