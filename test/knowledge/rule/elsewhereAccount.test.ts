/**
 * Rule question 3 is about security, money and dispatchment here: another company's own account
 * (knowledge/nlu/entities/elsewhere-accounts.yml) never escalates, however alarming the words,
 * unless something ties the message to us.
 */
import { decide, readsAsSecurity } from '../../../knowledge/rule';
import type { CaseFacts } from '../../../knowledge/types';
import { realUnderstand } from '../../support/understanding';
import { judge, NOW, policy, readAs } from './helpers';

describe('rule, another company’s account', () => {
  it.each([
    'someone got into my Monzo and moved £200 to a stranger',
    'my Snapchat was taken over and they changed the password',
    'my Xbox account has purchases I never made',
    'Barclays says there was a login from another country',
  ])('when "%s", then it is out of scope, not an escalation', (text) => {
    expect(judge(text)).toMatchObject({ kind: 'out_of_scope', reason: 'another-company-account' });
  });

  it.each([
    'someone logged into my account here and paid with my Monzo card',
    'a stranger signed into my kingston account and changed the payout to his Revolut',
  ])('when "%s" ties it to us, then it escalates to security', (text) => {
    expect(judge(text)).toMatchObject({ kind: 'escalate', category: 'security' });
  });

  it.each([
    "The tracking on my DHL parcel has been stuck since Thursday, can you help? It's not an order from you.",
    "I know this isn't really your department, but my energy supplier promised a refund three months ago and nothing has arrived",
  ])(
    'when "%s" says outright it is not ours, then it is out of scope, not a wait or a stalled case',
    (text) => {
      expect(judge(text)).toMatchObject({ kind: 'out_of_scope', reason: 'another-company-account' });
    },
  );

  it('when a compromise is told beside the disowning words, then the guard decides: it escalates', () => {
    expect(
      judge('the parcel is not an order from you, someone logged into my account and changed my password'),
    ).toMatchObject({ kind: 'escalate', category: 'security' });
  });

  it('when another company’s account is compromised, then even the security article is not the answer; asking to pay with it still is', () => {
    expect(judge('one more thing, my paypal account got hacked, can you sort that out?')).toMatchObject({
      kind: 'out_of_scope',
      reason: 'another-company-account',
    });
    expect(judge('can I pay with my PayPal account?')).toMatchObject({
      kind: 'answer',
      articleId: 'payment-methods',
    });
  });

  it('when a question about another company’s own account would be answered as if the account were ours, then it is out of scope', () => {
    const u = readAs('where do I switch on two-step login for my Revolut app', 'topic:account-security', 0.9);

    expect(u.elsewhereAccount).toBe('my revolut app');
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'out_of_scope',
      reason: 'another-company-account',
    });
  });

  it('when the question is about paying with it or being paid into it (policy.yaml’s otherAccountArticles), then it is answered', () => {
    const u = readAs('will my Revolut card work at checkout', 'topic:payment-methods', 0.9);

    expect(u.elsewhereAccount).toBe('my revolut card');
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'answer',
      articleId: 'payment-methods',
    });
  });

  it('when the relay asks whether a message is a new compromise, then another company’s account is not', () => {
    const u = realUnderstand()('someone hacked my whatsapp', {
      now: NOW,
      timeZone: policy.calendar.timeZone,
    });
    expect(u.elsewhereAccount).toBe('my whatsapp');
    expect(readsAsSecurity(u)).toBe(false);
  });

  it('when the conversation reads the message inside a case it holds, then the case’s timeline decides; a question about their account is still theirs', () => {
    const inCase = (text: string) => ({
      ...realUnderstand()(text, { now: NOW, timeZone: policy.calendar.timeZone }),
      process: { process: 'seller-payout' as const, running: true, matched: 'payout' },
      start: { startedAt: new Date('2026-11-02T10:00:00Z'), text: '2 november', approximate: false },
      inKnownCase: true,
    });

    const late = inCase('and it still has not shown up in my Starling');
    expect(late.elsewhereAccount).toBe('my starling');
    expect(decide(late, null, { policy, now: NOW })).toMatchObject({ kind: 'escalate', category: 'stalled' });
    const theirs = readAs('can you reset my Starling card pin for me', 'topic:account-settings', 0.9);
    expect(decide({ ...theirs, inKnownCase: true }, null, { policy, now: NOW })).toMatchObject({
      kind: 'out_of_scope',
    });
  });

  it('when a case of ours is in the conversation, then the case decides as usual', () => {
    const facts: CaseFacts = {
      id: 'D-7001',
      kind: 'case',
      process: 'dispute-review',
      status: 'under_review',
      closed: false,
      openedAt: '2026-09-01T09:00:00Z',
      lastUpdateAt: '2026-09-01T09:00:00Z',
      dispatchedByKx: false,
    };
    const u = realUnderstand()('still nothing from my paypal account on this', {
      now: NOW,
      timeZone: policy.calendar.timeZone,
    });
    expect(decide(u, facts, { policy, now: NOW })).toMatchObject({ kind: 'escalate', attachTo: 'D-7001' });
  });
});
