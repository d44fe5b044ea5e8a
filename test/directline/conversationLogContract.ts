/**
 * The contract every ConversationLog passes (in memory, SQLite, PostgreSQL): one suite, every
 * provider, so the three cannot drift apart.
 */
import type { ConversationLog, WireActivity } from '../../adapters/directline/conversationLog';

export interface LogHarness {
  /** An empty log. */
  log: ConversationLog;
  /**
   * A second log over the same data, as a second instance (or a restarted one) would open it:
   * a second connection or pool where the store has them, the same object for the in-memory log.
   */
  peer(): Promise<ConversationLog>;
  dispose(): Promise<void>;
}

const T0 = new Date('2026-05-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const message = (text: string, extra: Partial<WireActivity> = {}): WireActivity => ({
  type: 'message',
  text,
  from: { id: 'u1', name: 'Robin', role: 'user' },
  ...extra,
});

export function conversationLogContract(
  name: string,
  harness: () => Promise<LogHarness>,
  describeFn: jest.Describe = describe,
): void {
  describeFn(`${name}: ConversationLog contract`, () => {
    let h: LogHarness;
    let log: ConversationLog;
    beforeEach(async () => {
      h = await harness();
      log = h.log;
    });
    afterEach(async () => h.dispose());

    const start = async (id: string, userId = 'u1') =>
      log.create({ id, userId, createdAt: T0.toISOString(), origin: 'widget' });

    it('when a conversation is created, then it reads back; a second create is refused and changes nothing', async () => {
      expect(await start('c1', 'dl_first')).toBe(true);
      expect(
        await log.create({
          id: 'c1',
          userId: 'dl_second',
          createdAt: at(5000).toISOString(),
          origin: 'backend',
        }),
      ).toBe(false);
      expect(await log.get('c1')).toEqual({
        id: 'c1',
        userId: 'dl_first',
        createdAt: T0.toISOString(),
        origin: 'widget',
      });
    });

    it('when a conversation is created, then who started it (widget or back end) is kept, also for a second instance, and a value that is neither is stored as a widget', async () => {
      await log.create({ id: 'cc', userId: 'u1', createdAt: T0.toISOString(), origin: 'backend' });
      await log.create({ id: 'web', userId: 'u2', createdAt: T0.toISOString(), origin: 'widget' });
      // A caller bypassing the types: fail closed.
      await log.create({
        id: 'odd',
        userId: 'u3',
        createdAt: T0.toISOString(),
        origin: 'Backend' as 'backend',
      });
      const peer = await h.peer();
      for (const l of [log, peer]) {
        expect((await l.get('cc'))?.origin).toBe('backend');
        expect((await l.get('web'))?.origin).toBe('widget');
        expect((await l.get('odd'))?.origin).toBe('widget');
      }
    });

    it('when the retention cutoff passes, then only conversations idle since before it are listed and deleted, with their activities', async () => {
      await start('idle-empty'); // created at T0, nothing said
      await start('idle-talked');
      await log.append('idle-talked', message('old news'), at(1000));
      await start('active');
      await log.append('active', message('still here'), at(10 * 86_400_000));
      const cutoff = at(5 * 86_400_000);
      expect((await log.inactiveBefore(cutoff)).sort()).toEqual(['idle-empty', 'idle-talked']);
      // A conversation that speaks up between the listing and the delete is kept.
      await log.append('idle-empty', message('back again'), at(6 * 86_400_000));
      const gone = await log.deleteInactive(['idle-empty', 'idle-talked', 'active'], cutoff);
      expect(gone).toEqual(['idle-talked']);
      expect(await log.get('idle-talked')).toBeUndefined();
      expect(await log.after('idle-talked', 0, 10)).toEqual([]);
      expect((await log.after('idle-empty', 0, 10)).map((s) => s.activity.text)).toEqual(['back again']);
      expect((await log.after('active', 0, 10)).map((s) => s.activity.text)).toEqual(['still here']);
      // A purged id can start again from seq 1.
      expect(await start('idle-talked')).toBe(true);
      expect((await log.append('idle-talked', message('new'), at(11 * 86_400_000))).seq).toBe(1);
    });

    it('when a conversation was never created, then get is undefined, after is empty and append rejects', async () => {
      expect(await log.get('nope')).toBeUndefined();
      expect(await log.after('nope', 0, 10)).toEqual([]);
      await expect(log.append('nope', message('hi'), T0)).rejects.toThrow(/unknown conversation nope/);
    });

    it('when activities are appended, then seq counts from 1, the id is <conversation>|<seq 7 digits> and fields round-trip', async () => {
      await start('c1');
      const posted = message('hello', {
        channelData: { clientActivityID: 'abc', nested: { list: [1, 'two', null] } },
        attachments: [{ contentType: 'text/plain', content: 'x' }],
      });
      const first = await log.append('c1', posted, at(1000));
      const second = await log.append('c1', message('again'), at(2000));
      expect(first).toEqual({
        seq: 1,
        activity: { ...posted, id: 'c1|0000001', timestamp: at(1000).toISOString() },
      });
      expect(second.seq).toBe(2);
      expect(second.activity.id).toBe('c1|0000002');
      expect(await log.after('c1', 0, 10)).toEqual([first, second]);
    });

    it('when the caller passes an id or timestamp, then the log assigns its own', async () => {
      await start('c1');
      const stored = await log.append(
        'c1',
        message('x', { id: 'client-id', timestamp: '1999-01-01T00:00:00.000Z' }),
        at(1000),
      );
      expect(stored.activity.id).toBe('c1|0000001');
      expect(stored.activity.timestamp).toBe(at(1000).toISOString());
    });

    it('when the clock goes back, then the timestamp stays at the previous one; when it goes on, it follows', async () => {
      await start('c1');
      await log.append('c1', message('a'), at(5000));
      const back = await log.append('c1', message('b'), at(1000));
      const on = await log.append('c1', message('c'), at(9000));
      expect(back.activity.timestamp).toBe(at(5000).toISOString());
      expect(on.activity.timestamp).toBe(at(9000).toISOString());
    });

    it('when reading after a watermark, then it pages oldest first and ends empty', async () => {
      await start('c1');
      for (let i = 1; i <= 5; i += 1) await log.append('c1', message(`m${i}`), at(i * 1000));
      const texts = async (w: number, limit: number) =>
        (await log.after('c1', w, limit)).map((s) => `${s.seq}:${s.activity.text}`);
      expect(await texts(0, 2)).toEqual(['1:m1', '2:m2']);
      expect(await texts(2, 2)).toEqual(['3:m3', '4:m4']);
      expect(await texts(4, 2)).toEqual(['5:m5']);
      expect(await texts(5, 2)).toEqual([]);
      expect(await texts(99, 2)).toEqual([]);
      expect(await texts(1, 0)).toEqual([]);
    });

    it('when two conversations are written in turn, then each has its own seq and history', async () => {
      await start('c1');
      await start('c2');
      await log.append('c1', message('one-a'), at(1000));
      await log.append('c2', message('two-a'), at(2000));
      await log.append('c1', message('one-b'), at(3000));
      expect((await log.after('c1', 0, 10)).map((s) => [s.seq, s.activity.text])).toEqual([
        [1, 'one-a'],
        [2, 'one-b'],
      ]);
      expect((await log.after('c2', 0, 10)).map((s) => [s.seq, s.activity.text])).toEqual([[1, 'two-a']]);
    });

    it('when many appends race (half of them through a second instance), then seq is 1..n once each and timestamps never go back', async () => {
      await start('c1');
      const peer = await h.peer();
      const n = 24;
      // Odd clocks run behind even ones, so the monotonic rule has to raise some timestamps.
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          (i % 2 === 0 ? log : peer).append('c1', message(`m${i}`), at(i % 2 === 0 ? i * 10 : 0)),
        ),
      );
      expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: n }, (_, i) => i + 1),
      );
      const history = await peer.after('c1', 0, 100);
      expect(history.map((s) => s.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(new Set(history.map((s) => s.activity.text)).size).toBe(n);
      const stamps = history.map((s) => s.activity.timestamp);
      expect(stamps).toEqual([...stamps].sort());
      // What each append answered is what the log keeps.
      const bySeq = new Map(history.map((s) => [s.seq, s]));
      for (const r of results) expect(bySeq.get(r.seq)).toEqual(r);
    });

    it('when a second instance opens the same store, then it sees the conversations and continues the seq', async () => {
      await start('c1', 'dl_user');
      await log.append('c1', message('before'), at(1000));
      const peer = await h.peer();
      expect(await peer.get('c1')).toEqual({
        id: 'c1',
        userId: 'dl_user',
        createdAt: T0.toISOString(),
        origin: 'widget',
      });
      expect(
        await peer.create({ id: 'c1', userId: 'other', createdAt: T0.toISOString(), origin: 'widget' }),
      ).toBe(false);
      const next = await peer.append('c1', message('after'), at(500));
      expect(next.seq).toBe(2);
      expect(next.activity.timestamp).toBe(at(1000).toISOString());
      expect((await log.after('c1', 1, 10)).map((s) => s.activity.text)).toEqual(['after']);
    });
  });
}
