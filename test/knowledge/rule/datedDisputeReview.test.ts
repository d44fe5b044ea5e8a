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

describe('trouble told of a dated dispute', () => {
  it('when it comes with waiting words ("no response"), then it is still news for the disputes team, not a wait', () => {
    const u = disputeTrouble(
      "they closed my dispute as 'no response from buyer' but i sent them my photos on 3 November",
    );
    expect(u.waiting).toBe(true);
    expect(u.disputeTrouble).toBeTruthy();
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'escalate',
      category: 'dispute-chargeback',
    });
  });
});

describe('a dispute running its course', () => {
  it('when a seller dates a dispute a buyer opened and nothing has gone wrong, then the review is timed without waiting words', () => {
    const u = disputeTrouble('a buyer opened a dispute against me on Monday saying the item never arrived');
    expect(u.waiting).toBeFalsy();
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({ kind: 'wait', process: 'dispute-review' });
  });

  it('when "opened one against me" names the dispute, then it is that review, not the delivery the story mentions', () => {
    const u = disputeTrouble('a buyer opened one against me on Monday saying the item never arrived');
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({ kind: 'wait', process: 'dispute-review' });
  });

  it.each([
    'a buyer opened a dispute against me on Monday and today it says closed with no decision',
    'I opened a dispute on Monday and it has vanished from my account',
    'a buyer opened a dispute on Monday and a chargeback with their bank for the same order',
  ])('when the dated dispute behaves unexpectedly (%s), then it is trouble with the dispute', (text) => {
    expect(decide(disputeTrouble(text), null, { policy, now: NOW })).toMatchObject({
      kind: 'escalate',
      category: 'dispute-chargeback',
    });
  });

  it('when a seller asks what to do about a dispute just opened, with no date and nothing gone wrong, then the disputes article answers', () => {
    const u = disputeTrouble(
      'A buyer has opened a dispute on one of my sales. What am I supposed to do now?',
    );
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({ kind: 'answer', articleId: 'disputes' });
  });

  it('when a chargeback is told as news without waiting words, then it still goes to the team', () => {
    const u = disputeTrouble('a buyer did a chargeback on me on Monday');
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'escalate',
      category: 'dispute-chargeback',
    });
  });
});

describe('trouble told of a dispute review that is running', () => {
  it('when the model hears a status but the words say the review misbehaved, then it is new information for the disputes team', () => {
    const u = readAs("my dispute from Monday was closed in my favour and now it's open again", 'status', 0.6);
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'escalate',
      category: 'dispute-chargeback',
    });
  });

  it('when nothing in the words says so, then the review is timed', () => {
    const u = readAs('my dispute has been under review since Monday, any news', 'status', 0.6);
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({ kind: 'wait', process: 'dispute-review' });
  });
});
