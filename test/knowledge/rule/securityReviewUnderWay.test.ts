/**
 * Rule question 1 before question 3 for a compromise already with the security team: told with words
 * that the team opened a review (processes.yml's reviewUnderWay) and dated, it is that review
 * (policy.yaml's account-review, reviewOf: security) running its course. Something new since it
 * opened (newSinceReview) is news for the team.
 */
import { judge, NOW } from './helpers';

describe('rule, a security review already under way', () => {
  it('when the review was opened today after a login the person reported, then it is a wait on the review, not a second ticket', () => {
    expect(
      judge(
        'after I reported a suspicious login from Vietnam, your team put my account under a security review this morning. how long will it be?',
      ),
    ).toMatchObject({ kind: 'wait', process: 'account-review', reason: 'within-timeline' });
  });

  it('when the review opened long ago, then it is an overdue case', () => {
    expect(
      judge(
        'someone got into my account on 2 November, you opened a security review the same day and I am still locked out',
        NOW,
      ),
    ).toMatchObject({ kind: 'escalate', category: 'stalled', reason: 'past-timeline' });
  });

  it('when something new happened since the review opened, then it is escalated to the security team', () => {
    expect(
      judge(
        'my account went under a security review yesterday and now someone has changed the payout bank account again',
      ),
    ).toMatchObject({ kind: 'escalate', category: 'security' });
  });

  it('when no review is named, then a compromise told with a date is escalated as ever', () => {
    expect(judge('someone logged into my account yesterday from another country')).toMatchObject({
      kind: 'escalate',
      category: 'security',
    });
  });
});
