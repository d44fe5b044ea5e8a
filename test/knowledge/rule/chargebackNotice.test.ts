/**
 * The seed's "a chargeback notification": a process that starts with a notice the rule hands to a
 * person (policy.yaml's noticeEscalates) is escalated when the notice is told as news, whatever the
 * model makes of the words; asked about or waited on, the bank's review is timed like any process.
 */
import { decide } from '../../../knowledge/rule';
import type { Understanding } from '../../../knowledge/understand';
import { NOW, policy, readAs } from './helpers';

/** The message as read, with the model reading a status inside the bank's review. */
const readAsStatus = (text: string): Understanding => readAs(text, 'status', 0.9);

describe('a chargeback notice', () => {
  it('when the notice is told as news (no question, no waiting words), then it goes to the disputes and chargebacks team', () => {
    expect(policy.timelines['chargeback-bank-review'].noticeEscalates).toBe('dispute-chargeback');
    const u = readAsStatus('got a chargeback notification on one of my sales yesterday');
    expect(u.process?.process).toBe('chargeback-bank-review');
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'escalate',
      category: 'dispute-chargeback',
    });
  });

  it('when the person asks about it or waits on it, then the review is timed: a wait inside its timeline', () => {
    for (const text of [
      'a chargeback was filed on my sale yesterday, how long does the bank take?',
      'chargeback opened yesterday, still under review, any news',
    ])
      expect(decide(readAsStatus(text), null, { policy, now: NOW })).toMatchObject({
        kind: 'wait',
        process: 'chargeback-bank-review',
      });
  });

  it('when the conversation already holds the case, then a notice told again is that case, not a new one', () => {
    const u = {
      ...readAsStatus('got a chargeback notification on one of my sales yesterday'),
      inKnownCase: true,
    };
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({ kind: 'wait' });
  });
});
