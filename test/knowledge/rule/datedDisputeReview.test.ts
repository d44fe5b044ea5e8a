/**
 * A dispute or chargeback the person dates and says is still running is timed like any process:
 * within its review's timeline a wait, past it an overdue case (stalled); a story that only dates
 * the sale, or a decision that came back wrong, stays trouble with the dispute itself.
 */
import { decide } from '../../../knowledge/rule';
import type { Understanding } from '../../../knowledge/understand';
import { NOW, policy, readAs } from './helpers';

/** The message as read, with the model sure it is trouble with a dispute or chargeback. */
const disputeTrouble = (text: string): Understanding => readAs(text, 'escalate:dispute-chargeback', 0.7);

describe('a dated dispute review', () => {
  it('when the person says it still shows under review past its 10 business days, then it is overdue', () => {
    const u = disputeTrouble(
      "a buyer opened a dispute against me on 2 November and it still just says 'under review'",
    );
    expect(u.waiting).toBe(true);
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'escalate',
      category: 'stalled',
      reason: 'past-timeline',
    });
  });

  it('when it still runs inside its timeline, then it is a wait with the due date', () => {
    const u = disputeTrouble('the chargeback was logged by my bank on 2 November. is there any news?');
    expect(u.waiting).toBe(true);
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'wait',
      process: 'chargeback-bank-review',
    });
  });

  it.each([
    'sold a lamp in October, then on Friday I got a chargeback notification for the full amount',
    'the decision email says the parcel was delivered on 4 October but I only ordered on 9 October',
  ])(
    "when the date is the story's, not a review still running (%s), then it is trouble with the dispute",
    (text) => {
      expect(decide(disputeTrouble(text), null, { policy, now: NOW })).toMatchObject({
        kind: 'escalate',
        category: 'dispute-chargeback',
      });
    },
  );
});
