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
      expect(await store.list(1)).toHaveLength(1);
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
