/** One contract for the feedback and unanswered-question stores, run on SQLite and PostgreSQL. */
import type { FeedbackStore } from '../../adapters/storage/feedback';
import type { UnansweredStore } from '../../adapters/storage/unanswered';

type Factory<T> = () => Promise<{ store: T; dispose(): Promise<void> }>;

export function feedbackContract(
  name: string,
  factory: Factory<FeedbackStore>,
  suite: jest.Describe = describe,
): void {
  suite(`${name}: feedback contract`, () => {
    let made: Awaited<ReturnType<Factory<FeedbackStore>>>;
    beforeEach(async () => {
      made = await factory();
    });
    afterEach(async () => made.dispose());

    it('when answers are recorded, then list returns them newest first, limited, with optional fields as null', async () => {
      const { store } = made;
      await store.record({
        conversationId: 'c1',
        articleId: 'disputes',
        helpful: true,
        at: '2026-11-02T09:00:00Z',
      });
      await store.record({
        conversationId: 'c2',
        userId: 'u2',
        articleId: 'chargebacks',
        helpful: false,
        text: 'did not say how long',
        at: new Date('2026-11-03T09:00:00Z'),
      });
      await store.record({
        conversationId: 'c3',
        articleId: 'returns-refunds',
        helpful: true,
        at: '2026-11-01T09:00:00Z',
      });
      const list = await store.list(2);
      expect(list.map((r) => r.conversationId)).toEqual(['c2', 'c1']);
      expect(list[0]).toMatchObject({
        userId: 'u2',
        articleId: 'chargebacks',
        helpful: false,
        text: 'did not say how long',
        at: '2026-11-03T09:00:00.000Z',
      });
      expect(list[1]).toMatchObject({ userId: null, text: null, helpful: true });
    });

    it('when list is given a since instant, then only answers given at or after it are returned', async () => {
      const { store } = made;
      for (const [conversationId, at] of [
        ['old', '2026-10-01T09:00:00Z'],
        ['edge', '2026-10-15T00:00:00Z'],
        ['new', '2026-10-20T09:00:00Z'],
      ])
        await store.record({ conversationId, articleId: 'disputes', helpful: false, at });
      const recent = await store.list(10, { since: new Date('2026-10-15T00:00:00Z') });
      expect(recent.map((r) => r.conversationId)).toEqual(['new', 'edge']);
      expect(await store.list(10)).toHaveLength(3);
    });

    it('when list is given an invalid since date, then it rejects naming the field', async () => {
      await expect(made.store.list(10, { since: new Date('nonsense') })).rejects.toThrow(/feedback\.since/);
    });

    it('when an entry lacks the article id, then record rejects naming the field', async () => {
      await expect(
        made.store.record({ conversationId: 'c1', articleId: '', helpful: true, at: new Date(0) }),
      ).rejects.toThrow(/feedback\.articleId/);
    });
  });
}

export function unansweredContract(
  name: string,
  factory: Factory<UnansweredStore>,
  suite: jest.Describe = describe,
): void {
  suite(`${name}: unanswered inbox contract`, () => {
    let made: Awaited<ReturnType<Factory<UnansweredStore>>>;
    beforeEach(async () => {
      made = await factory();
    });
    afterEach(async () => made.dispose());

    it('when questions are recorded, then list returns them newest first with their candidates', async () => {
      const { store } = made;
      await store.record({ text: 'first question', at: '2026-11-01T09:00:00Z', topCandidates: [] });
      await store.record({
        text: 'second question',
        at: '2026-11-02T09:00:00Z',
        topCandidates: [
          { id: 'disputes', score: 1.5 },
          { id: 'chargebacks', score: 0.25 },
        ],
        conversationId: 'c9',
      });
      const list = await store.list(10);
      expect(list.map((r) => r.text)).toEqual(['second question', 'first question']);
      expect(list[0]).toMatchObject({
        at: '2026-11-02T09:00:00.000Z',
        conversationId: 'c9',
        topCandidates: [
          { id: 'disputes', score: 1.5 },
          { id: 'chargebacks', score: 0.25 },
        ],
      });
      expect(list[1].conversationId).toBeNull();
      expect(list.map((r) => r.handled)).toEqual([null, null]);
      expect(await store.list(1)).toHaveLength(1);
    });

    it('when questions are marked handled, then they leave the unhandled list and keep the note', async () => {
      const { store } = made;
      for (const [text, at] of [
        ['refund please', '2026-11-01T09:00:00Z'],
        ['refund?', '2026-11-02T09:00:00Z'],
        ['parrot food', '2026-11-03T09:00:00Z'],
      ])
        await store.record({ text, at, topCandidates: [] });
      const all = await store.list(10);
      const refundIds = all.filter((r) => r.text.startsWith('refund')).map((r) => r.id);

      const marked = await store.markHandled(
        refundIds,
        '  added to the refunds article ',
        new Date('2026-11-04T10:00:00Z'),
      );

      expect(marked).toBe(2);
      expect((await store.list(10, { unhandledOnly: true })).map((r) => r.text)).toEqual(['parrot food']);
      const handled = (await store.list(10)).filter((r) => r.handled !== null);
      expect(handled.map((r) => r.text)).toEqual(['refund?', 'refund please']);
      expect(handled[0].handled).toEqual({
        at: '2026-11-04T10:00:00.000Z',
        note: 'added to the refunds article',
      });
    });

    it('when handled questions are marked again or ids are unknown, then nothing changes and the first note stays', async () => {
      const { store } = made;
      await store.record({ text: 'refund?', at: '2026-11-02T09:00:00Z', topCandidates: [] });
      const [q] = await store.list(1);
      expect(await store.markHandled([q.id], 'first note', new Date('2026-11-04T10:00:00Z'))).toBe(1);

      expect(
        await store.markHandled([q.id, q.id + 1000], 'second note', new Date('2026-11-05T10:00:00Z')),
      ).toBe(0);
      expect(await store.markHandled([], 'nothing', new Date('2026-11-05T10:00:00Z'))).toBe(0);

      expect((await store.list(1))[0].handled).toEqual({
        at: '2026-11-04T10:00:00.000Z',
        note: 'first note',
      });
    });

    it('when list is given since and unhandledOnly, then both filters apply', async () => {
      const { store } = made;
      for (const [text, at] of [
        ['too old', '2026-10-01T09:00:00Z'],
        ['handled', '2026-10-20T09:00:00Z'],
        ['open', '2026-10-21T09:00:00Z'],
      ])
        await store.record({ text, at, topCandidates: [] });
      const handled = (await store.list(10)).find((r) => r.text === 'handled');
      await store.markHandled([handled!.id], 'done', new Date('2026-10-22T00:00:00Z'));

      const since = new Date('2026-10-15T00:00:00Z');
      expect((await store.list(10, { since })).map((r) => r.text)).toEqual(['open', 'handled']);
      expect((await store.list(10, { since, unhandledOnly: true })).map((r) => r.text)).toEqual(['open']);
    });

    it.each([
      ['an empty note', [1], '   ', /unanswered\.note/],
      ['a fractional id', [1.5], 'note', /unanswered\.ids\.0/],
      ['a negative id', [-1], 'note', /unanswered\.ids\.0/],
    ])('when markHandled gets %s, then it rejects naming the field', async (_label, ids, note, error) => {
      await expect(made.store.markHandled(ids, note, new Date('2026-11-04T10:00:00Z'))).rejects.toThrow(
        error,
      );
    });

    it('when a candidate has no score, then record rejects naming the field', async () => {
      await expect(
        made.store.record({
          text: 'q',
          at: new Date(0),
          topCandidates: [{ id: 'x' } as unknown as { id: string; score: number }],
        }),
      ).rejects.toThrow(/unanswered\.topCandidates\.0\.score/);
    });
  });
}
