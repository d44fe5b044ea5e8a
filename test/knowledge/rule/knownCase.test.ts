/**
 * A reading inside a case the conversation established (`inKnownCase`): the person is inside the
 * process, so its timeline decides even where the same words alone would ask how to do something.
 */
import { decide } from '../../../knowledge/rule';
import type { Understanding } from '../../../knowledge/understand';
import { realUnderstand } from '../../support/understanding';
import { NOW, policy } from './helpers';

const DAY = 86_400_000;

function cancellationAsked(daysAgo: number, inKnownCase: boolean, cancelScore = 0.87): Understanding {
  const u = realUnderstand()('I asked to cancel my order and the seller has not replied', { now: NOW });
  const ranking = [
    { name: 'topic:cancel-order', confidence: cancelScore },
    { name: 'status', confidence: 1 - cancelScore },
  ];
  return {
    ...u,
    inKnownCase,
    intent: { name: 'topic:cancel-order', confidence: cancelScore, ranking },
    process: { process: 'cancellation-request', running: true, matched: 'cancel' },
    start: { startedAt: new Date(NOW.getTime() - daysAgo * DAY), text: 'given', approximate: false },
  };
}

describe('rule, inside a case the conversation knows', () => {
  it('when the words ask how to cancel, then alone they are answered, inside the case the timeline decides', () => {
    expect(decide(cancellationAsked(10, false), null, { policy, now: NOW })).toMatchObject({
      kind: 'answer',
      articleId: 'cancel-order',
    });
    expect(decide(cancellationAsked(10, true), null, { policy, now: NOW })).toMatchObject({
      kind: 'escalate',
      category: 'stalled',
    });
    expect(decide(cancellationAsked(0, true), null, { policy, now: NOW })).toMatchObject({ kind: 'wait' });
  });
  it('when the model is unsure the words ask how to cancel (cancel 0.52, status 0.48), then alone too the running cancellation decides', () => {
    expect(decide(cancellationAsked(0, false, 0.52), null, { policy, now: NOW })).toMatchObject({
      kind: 'wait',
    });
    expect(decide(cancellationAsked(10, false, 0.52), null, { policy, now: NOW })).toMatchObject({
      kind: 'escalate',
      category: 'stalled',
    });
  });
});
