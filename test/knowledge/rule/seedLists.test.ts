/**
 * One test per bullet of the Help Center guide's lists (seed 000), in our own words.
 * "When You SHOULD Contact Support" bullets escalate; "Should NOT (Yet)" bullets do not.
 */
import { judge } from './helpers';

describe('rule, seed list "Account & Security Issues"', () => {
  it('when an account compromise is suspected, then it escalates to security', () => {
    expect(judge('I think my account has been hacked')).toMatchObject({
      kind: 'escalate',
      category: 'security',
      reason: 'security-signal',
    });
  });
  it('when changes were made without the person, then it escalates to security', () => {
    expect(judge('someone changed my payout bank details without my permission')).toMatchObject({
      kind: 'escalate',
      category: 'security',
    });
  });
  it('when a login or payout security concern is raised, then it escalates to security', () => {
    expect(judge('I got a sign-in alert from a device I do not recognise')).toMatchObject({
      kind: 'escalate',
      category: 'security',
    });
  });
});

describe('rule, seed list "Disputes & Chargebacks"', () => {
  it('when a dispute behaves unexpectedly, then it escalates to dispute-chargeback', () => {
    expect(judge('my dispute was closed automatically without any decision')).toMatchObject({
      kind: 'escalate',
      category: 'dispute-chargeback',
    });
  });
  it('when a chargeback notification appears, then it escalates and attaches to the order', () => {
    expect(judge('I just received a chargeback notice for order KX-100234')).toMatchObject({
      kind: 'escalate',
      category: 'dispute-chargeback',
      attachTo: 'KX-100234',
    });
  });
  it('when a decision contains a clear error, then it escalates to dispute-chargeback', () => {
    expect(judge('the decision on my case is wrong, tracking proves the buyer got the parcel')).toMatchObject(
      {
        kind: 'escalate',
        category: 'dispute-chargeback',
      },
    );
  });
});

describe('rule, seed list "Dispatchment Issues"', () => {
  it('when there is an inventory discrepancy, then it escalates to dispatch', () => {
    expect(
      judge("there's an inventory discrepancy on my Dispatched by Kingston Express stock"),
    ).toMatchObject({ kind: 'escalate', category: 'dispatch' });
  });
  it('when a verified delivery conflicts with reality, then it escalates to dispatch', () => {
    expect(judge('tracking shows delivered but the parcel never arrived')).toMatchObject({
      kind: 'escalate',
      category: 'dispatch',
    });
  });
  it('when the platform made a shipping error, then it escalates to dispatch', () => {
    expect(judge('Kingston Express shipped the wrong item to my customer')).toMatchObject({
      kind: 'escalate',
      category: 'dispatch',
    });
  });
});

describe('rule, seed list "Stalled or Overdue Cases"', () => {
  it('when there is no update beyond the expected timeline, then it escalates as stalled', () => {
    expect(judge('I opened a dispute on 1 October and have had no update since')).toMatchObject({
      kind: 'escalate',
      category: 'stalled',
      reason: 'past-timeline',
    });
  });
});

describe('rule, seed list "A Process Is Still Running"', () => {
  it('when a dispute is under review within its timeline, then it says wait with the due date', () => {
    const d = judge('my dispute has been under review since last Thursday');
    expect(d).toMatchObject({ kind: 'wait', process: 'dispute-review', reason: 'within-timeline' });
  });
  it('when a return inspection is pending within its timeline, then it says wait', () => {
    expect(judge('I sent the item back 2 days ago and the return inspection is pending')).toMatchObject({
      kind: 'wait',
      process: 'return-inspection',
    });
  });
  it('when a chargeback is within bank review timelines, then it says wait', () => {
    expect(judge('my chargeback has been under review with the bank for 3 weeks')).toMatchObject({
      kind: 'wait',
      process: 'chargeback-bank-review',
    });
  });
});

describe('rule, seed list "Help Center Already Covers It"', () => {
  it('when asked about delivery timelines, then it answers with the delivery article', () => {
    expect(judge('how many days does standard delivery take?')).toMatchObject({
      kind: 'answer',
      articleId: 'delivery-timelines',
    });
  });
  it('when asked about refund processing times, then it answers with the refund times article', () => {
    expect(judge('how long does a refund take to reach my card?')).toMatchObject({
      kind: 'answer',
      articleId: 'refund-processing-times',
    });
  });
  it('when asked what an order status means, then it answers with the order status article', () => {
    expect(judge('what does the status awaiting dispatch mean on my order?')).toMatchObject({
      kind: 'answer',
      articleId: 'order-status',
    });
  });
});

describe('rule, seed list "Emotional or Urgent Reactions"', () => {
  it('when frustration comes without new information, then it calms, no ticket', () => {
    expect(judge('this is ridiculous, you people are useless')).toMatchObject({
      kind: 'calm',
      reason: 'frustration-no-new-info',
    });
  });
  it('when the person wants to speed things up, then it calms, no ticket', () => {
    expect(judge('please hurry up and send my refund')).toMatchObject({
      kind: 'calm',
      reason: 'frustration-no-new-info',
    });
  });
  it('when the person repeats the same request, then it calms, no ticket', () => {
    expect(judge('I have already asked about my refund twice')).toMatchObject({
      kind: 'calm',
      reason: 'frustration-no-new-info',
    });
  });
});
