/**
 * Asking after something running that the message does not name ("about what happened with the
 * seller"): the status reading takes most of the score, and what is left still points at Help
 * Center topics, so the person is asked which one rather than walked through the three questions.
 */
import { decide } from '../../../knowledge/rule';
import type { Understanding } from '../../../knowledge/understand';
import { NOW, policy, readAs } from './helpers';

/** The message read as a status question, with the rest of the score spread as given. */
function statusWith(text: string, status: number, rest: Record<string, number>): Understanding {
  const u = readAs(text, 'status', status);
  const ranking = [
    { name: 'status', confidence: status },
    ...Object.entries(rest).map(([name, confidence]) => ({ name, confidence })),
  ];
  return { ...u, intent: { name: 'status', confidence: status, ranking } };
}

describe('rule, a status asked after with no process named', () => {
  it('when what is left of the score is spread over several topics, then the person is asked which one', () => {
    const u = statusWith('about the thing with the seller', 0.72, {
      'topic:disputes': 0.09,
      'topic:seller-payouts-schedule': 0.03,
      'topic:chargebacks': 0.02,
    });

    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'clarify',
      reason: 'ambiguous-topic',
      candidates: ['disputes', 'seller-payouts-schedule', 'chargebacks'],
    });
  });

  it('when next to nothing is left for the topics, then it is not a Help Center question', () => {
    const u = statusWith('about the thing with the seller', 0.9, {
      'topic:disputes': 0.05,
      'topic:chargebacks': 0.02,
    });

    expect(decide(u, null, { policy, now: NOW })).not.toMatchObject({ kind: 'clarify' });
  });
});
