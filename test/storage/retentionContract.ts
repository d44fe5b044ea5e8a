/**
 * Retention of tickets and analytics, on SQLite and PostgreSQL: ended tickets older than the
 * cutoff go with their transcripts, open tickets stay however old; analytics rows go by age.
 */
import type { DecisionStore } from '../../adapters/storage/decisions';
import type { FeedbackStore } from '../../adapters/storage/feedback';
import type { UnansweredStore } from '../../adapters/storage/unanswered';
import type { PurgedCounts } from '../../adapters/storage/analyticsRetention';
import type { TicketRetention } from '../../adapters/tickets/ticketRetention';
import type { TicketStore } from '../../handoff/ports';
import { makeTicket } from '../handoff/fixtures';
import { record } from './decisionContract';

export interface RetentionSubject {
  tickets: TicketStore;
  retention: TicketRetention;
  decisions: DecisionStore;
  feedback: FeedbackStore;
  unanswered: UnansweredStore;
  purgeAnalytics(cutoff: Date): Promise<PurgedCounts>;
  dispose(): Promise<void>;
}

const CUTOFF = new Date('2026-11-01T00:00:00Z');

export function retentionContract(
  name: string,
  make: () => Promise<RetentionSubject>,
  describeIt = describe,
) {
  describeIt(`${name} retention`, () => {
    let s: RetentionSubject;
    beforeEach(async () => {
      s = await make();
    });
    afterEach(async () => s.dispose());

    it('when tickets ended before the cutoff, then they and their transcripts go, and open or recent ones stay', async () => {
      const old = makeTicket({
        status: 'resolved',
        createdAt: '2026-09-01T10:00:00.000Z',
        endedAt: '2026-09-02T10:00:00.000Z',
        endReason: 'agent-resolved',
      });
      const recent = makeTicket({
        status: 'expired',
        createdAt: '2026-11-10T10:00:00.000Z',
        endedAt: '2026-11-10T14:00:00.000Z',
        endReason: 'queue-timeout',
      });
      const openOld = makeTicket({ createdAt: '2026-08-01T10:00:00.000Z' });
      for (const t of [old, recent, openOld]) {
        await s.tickets.open(t);
        await s.tickets.appendMessage({
          ticketId: t.ticketId,
          at: t.createdAt,
          from: 'customer',
          text: 'hi',
        });
      }

      expect(await s.retention.purgeEndedBefore(CUTOFF)).toBe(1);

      expect(await s.tickets.get(old.ticketId)).toBeNull();
      expect(await s.tickets.listMessages(old.ticketId)).toEqual([]);
      expect(await s.tickets.get(recent.ticketId)).not.toBeNull();
      expect(await s.tickets.get(openOld.ticketId)).not.toBeNull();
      expect(await s.tickets.listMessages(openOld.ticketId)).toHaveLength(1);
    });

    it('when analytics rows are older than the cutoff, then decisions, feedback and questions before it go', async () => {
      await s.decisions.record(record('2026-10-01T00:00:00.000Z'));
      await s.decisions.record(record('2026-11-05T00:00:00.000Z'));
      await s.feedback.record({
        conversationId: 'c',
        articleId: 'a',
        helpful: true,
        at: '2026-10-01T00:00:00Z',
      });
      await s.feedback.record({
        conversationId: 'c',
        articleId: 'a',
        helpful: false,
        at: '2026-11-05T00:00:00Z',
      });
      await s.unanswered.record({ text: 'old question', at: '2026-10-01T00:00:00Z', topCandidates: [] });

      expect(await s.purgeAnalytics(CUTOFF)).toEqual({ decisions: 1, feedback: 1, unanswered: 1 });
      const left = await s.decisions.list({ since: new Date(0), until: new Date('2030-01-01'), limit: 10 });
      expect(left.map((r) => r.at)).toEqual(['2026-11-05T00:00:00.000Z']);
      expect((await s.feedback.list(10)).map((f) => f.helpful)).toEqual([false]);
      expect(await s.unanswered.list(10)).toEqual([]);
    });
  });
}
