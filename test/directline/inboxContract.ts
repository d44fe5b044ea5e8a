/**
 * The contract every TurnInbox passes (in memory, SQLite, PostgreSQL): what was acknowledged is
 * queued with the log's row, claimed by one owner at a time, in order per conversation, and
 * gone once completed.
 */
import type { ConversationLog, WireActivity } from '../../adapters/directline/conversationLog';
import type { QueuedTurn, TurnInbox } from '../../adapters/directline/inbox';

export interface InboxHarness {
  inbox: TurnInbox;
  /** The log the inbox writes to. */
  log: ConversationLog;
  /** A second inbox over the same data, as a second instance would open it. */
  peer(): Promise<TurnInbox>;
  dispose(): Promise<void>;
}

const T0 = new Date('2026-05-01T10:00:00.000Z');
const LEASE = 60_000;
const message = (text: string): WireActivity => ({
  type: 'message',
  text,
  from: { id: 'u1', name: 'Robin', role: 'user' },
});
const greeting: WireActivity = { type: 'conversationUpdate', membersAdded: [{ id: 'u1', name: '' }] };

export function turnInboxContract(
  name: string,
  harness: () => Promise<InboxHarness>,
  describeFn: jest.Describe = describe,
): void {
  describeFn(`${name}: TurnInbox contract`, () => {
    let h: InboxHarness;
    let inbox: TurnInbox;
    beforeEach(async () => {
      h = await harness();
      inbox = h.inbox;
    });
    afterEach(async () => h.dispose());

    const create = (id: string) =>
      h.log.create({ id, userId: 'u1', createdAt: T0.toISOString(), origin: 'widget' });
    const texts = (turns: Array<QueuedTurn | undefined>) => turns.map((t) => t?.activity.text);

    it('when a message is accepted, then it is in the log and its turn is queued with the log id; completed, it is gone', async () => {
      await create('c1');
      const stored = await inbox.accept('c1', message('hello'), T0);
      expect((await h.log.after('c1', 0, 10)).map((s) => s.activity.text)).toEqual(['hello']);
      expect(await inbox.waiting(10)).toEqual(['c1']);
      const turn = await inbox.claim('c1', 'a', LEASE);
      expect(turn).toEqual({
        id: expect.any(Number),
        conversationId: 'c1',
        activity: stored.activity,
        attempts: 1,
      });
      expect(await inbox.complete(turn!, 'a')).toBe(true);
      expect(await inbox.claim('c1', 'a', LEASE)).toBeUndefined();
      expect(await inbox.waiting(10)).toEqual([]);
    });

    it('when the log refuses the append (unknown conversation), then no turn is queued', async () => {
      await expect(inbox.accept('nope', message('lost'), T0)).rejects.toThrow(/unknown conversation nope/);
      expect(await inbox.waiting(10)).toEqual([]);
      expect(await inbox.claim('nope', 'a', LEASE)).toBeUndefined();
    });

    it('when a conversation is started, then its greeting is queued; a second start queues nothing', async () => {
      const record = { id: 'c1', userId: 'u1', createdAt: T0.toISOString(), origin: 'backend' as const };
      expect(await inbox.start(record, greeting)).toBe(true);
      expect(await inbox.start(record, greeting)).toBe(false);
      expect(await h.log.get('c1')).toEqual(record);
      const turn = await inbox.claim('c1', 'a', LEASE);
      expect(turn?.activity).toEqual(greeting);
      await inbox.complete(turn!, 'a');
      expect(await inbox.claim('c1', 'a', LEASE)).toBeUndefined();
    });

    it('when turns of one conversation are queued, then they are claimed one at a time, in order, by any owner', async () => {
      await create('c1');
      for (const t of ['one', 'two', 'three']) await inbox.accept('c1', message(t), T0);
      const first = await inbox.claim('c1', 'a', LEASE);
      // Held: neither another owner nor the holder itself gets the next turn yet.
      expect(await inbox.claim('c1', 'b', LEASE)).toBeUndefined();
      expect(await inbox.claim('c1', 'a', LEASE)).toBeUndefined();
      expect(await inbox.waiting(10)).toEqual([]);
      await inbox.complete(first!, 'a');
      const second = await inbox.claim('c1', 'b', LEASE);
      await inbox.complete(second!, 'b');
      const third = await inbox.claim('c1', 'a', LEASE);
      expect(texts([first, second, third])).toEqual(['one', 'two', 'three']);
    });

    it('when one conversation is held, then another is not', async () => {
      await create('c1');
      await create('c2');
      await inbox.accept('c1', message('c1 first'), T0);
      await inbox.accept('c1', message('c1 second'), T0);
      await inbox.accept('c2', message('c2 first'), T0);
      await inbox.claim('c1', 'a', LEASE);
      expect(await inbox.waiting(10)).toEqual(['c2']);
      expect((await inbox.claim('c2', 'b', LEASE))?.activity.text).toBe('c2 first');
    });

    it('when a claim outlives its lease, then another owner takes the turn again, and the first cannot complete it', async () => {
      await create('c1');
      await inbox.accept('c1', message('hello'), T0);
      const dead = await inbox.claim('c1', 'dead', 0);
      expect(await inbox.waiting(10)).toEqual(['c1']);
      const retry = await inbox.claim('c1', 'alive', LEASE);
      expect(retry).toEqual({ ...dead, attempts: 2 });
      expect(await inbox.complete(dead!, 'dead')).toBe(false);
      expect(await inbox.claim('c1', 'other', LEASE)).toBeUndefined();
      expect(await inbox.complete(retry!, 'alive')).toBe(true);
    });

    it('when the holder renews the turns it runs, then those claims hold again, and no other', async () => {
      await create('c1');
      await create('c2');
      await inbox.accept('c1', message('running'), T0);
      await inbox.accept('c2', message('completion failed'), T0);
      const running = await inbox.claim('c1', 'a', 0);
      const stale = await inbox.claim('c2', 'a', 0);
      expect(await inbox.renew('a', [running!.id], LEASE)).toBe(1);
      expect(await inbox.renew('nobody', [running!.id, stale!.id], LEASE)).toBe(0);
      expect(await inbox.claim('c1', 'b', LEASE)).toBeUndefined();
      expect((await inbox.claim('c2', 'b', LEASE))?.activity.text).toBe('completion failed');
    });

    it('when two instances drain one conversation at once, then every turn is claimed once, in order, never two at a time', async () => {
      await create('c1');
      const n = 12;
      for (let i = 0; i < n; i += 1) await inbox.accept('c1', message(`m${i}`), T0);
      const peer = await h.peer();
      const ran: string[] = [];
      let running = 0;
      let overlapped = false;
      const drain = async (instance: TurnInbox, owner: string) => {
        for (;;) {
          const turn = await instance.claim('c1', owner, LEASE);
          if (!turn) {
            // The other instance holds the conversation: it drains the rest.
            if ((await instance.waiting(10)).length === 0) return;
            await new Promise((r) => setImmediate(r));
            continue;
          }
          running += 1;
          overlapped ||= running > 1;
          ran.push(String(turn.activity.text));
          await new Promise((r) => setImmediate(r));
          running -= 1;
          expect(await instance.complete(turn, owner)).toBe(true);
        }
      };
      await Promise.all([drain(inbox, 'a'), drain(peer, 'b'), drain(inbox, 'c'), drain(peer, 'd')]);
      expect(overlapped).toBe(false);
      expect(ran).toEqual(Array.from({ length: n }, (_, i) => `m${i}`));
    });
  });
}
