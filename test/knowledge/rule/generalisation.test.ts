/**
 * Broader readings of the rule, in our own words: security said through another actor or a
 * disowned change, warehouse counts that disagree, processes said "the other way round", upset
 * messages with no marketplace word, and retail-banking questions that are not ours. Each
 * escalation has a self-service twin that must stay an answer.
 */
import { judge } from './helpers';

describe('rule, security said through another actor or a disowned change', () => {
  it.each([
    'somebody updated the bank account my payouts go to',
    'my login email was swapped to an address I do not know',
    'the phone number on my profile was changed and it was not me',
    'I received a reset code I never asked for',
    'a hacker placed orders using my account',
    'purchases were made on my account while I was away',
    'earnings vanished from my seller balance',
    'my account shows a login from an unfamiliar country',
    'who changed my password?',
  ])('when "%s", then it escalates to security', (text) => {
    expect(judge(text)).toMatchObject({ kind: 'escalate', category: 'security' });
  });

  it.each([
    ['how do I change my password', 'account-settings'],
    ['update my email address please', 'account-settings'],
    ['I changed my phone number, how do I update it on my account', 'account-settings'],
    ['I never got the password reset email', 'account-settings'],
  ])('when "%s" (self-service), then it answers %s and does not escalate', (text, articleId) => {
    expect(judge(text)).toMatchObject({ kind: 'answer', articleId });
  });
});

describe('rule, Dispatched by Kingston Express and disputes said plainly', () => {
  it('when warehouse counts disagree with what was sent, then it escalates to dispatch', () => {
    expect(judge('the fulfilment centre logged 12 boxes but we shipped 15')).toMatchObject({
      kind: 'escalate',
      category: 'dispatch',
    });
  });
  it('when a dispute vanished, then it escalates to dispute-chargeback', () => {
    expect(judge('my dispute has disappeared from the order page')).toMatchObject({
      kind: 'escalate',
      category: 'dispute-chargeback',
    });
  });
  it('when asking what a warehouse does, then it answers and does not escalate', () => {
    expect(judge('how do I send stock to your warehouse')).toMatchObject({ kind: 'answer' });
  });
});

describe('rule, processes said the other way round', () => {
  it('when a refund was approved long past its timeline, then it escalates as stalled', () => {
    expect(judge('refund approved 25 days ago and nothing in my bank')).toMatchObject({
      kind: 'escalate',
      category: 'stalled',
    });
  });
  it('when a refund was approved recently, then it answers rather than escalating', () => {
    expect(judge('refund approved 1 day ago, when will it show')).toMatchObject({
      kind: 'answer',
      articleId: 'refund-processing-times',
    });
  });
});

describe('rule, emotion without a marketplace word', () => {
  it.each(['why is nobody answering me', 'I am losing my patience', 'this is the fourth time I ask'])(
    'when "%s", then it calms',
    (text) => {
      expect(judge(text)).toMatchObject({ kind: 'calm' });
    },
  );
});

describe('rule, retail banking is out of scope', () => {
  it.each(['how do I reset my card pin', 'the cash machine kept my card', 'why did my top up fail'])(
    'when "%s", then it is out of scope',
    (text) => {
      expect(judge(text)).toMatchObject({ kind: 'out_of_scope' });
    },
  );
  it('when a card is declined at checkout, then it answers payment methods', () => {
    expect(judge('my card was declined at checkout')).toMatchObject({
      kind: 'answer',
      articleId: 'payment-methods',
    });
  });
});
