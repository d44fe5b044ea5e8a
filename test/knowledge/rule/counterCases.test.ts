/** Counter-cases: where a cue must not win, and the "Done when" messages at rule level. */
import { toTriageView } from '../../../knowledge/rule';
import type { CaseFacts } from '../../../knowledge/types';
import { judge, NOW } from './helpers';

describe('rule counter-cases', () => {
  it('when an angry message asks a clear question, then it is still answered', () => {
    expect(judge('your checkout is rubbish, how do I change my delivery address?')).toMatchObject({
      kind: 'answer',
      articleId: 'change-address',
    });
  });

  it('when "no update" is said inside the timeline, then it is a wait, not an escalation', () => {
    expect(judge('I opened a dispute 2 days ago and there is no update')).toMatchObject({
      kind: 'wait',
      process: 'dispute-review',
    });
  });

  it.each([
    'tracking says my parcel came on friday but it is not here. the seller sent it themselves, not one of your warehouse ones',
    'my buyer says the box turned up empty. I posted it myself with Royal Mail, it is not a warehouse order, what now?',
  ])(
    "when trouble is told about an order denied to be the warehouse's (%s), then it is the missing-item answer, not dispatchment",
    (text) => {
      expect(judge(text)).toMatchObject({ kind: 'answer', articleId: 'missing-or-damaged-item' });
    },
  );

  it('when someone asks how disputes work, then it answers and does not escalate', () => {
    expect(judge('how do I open a dispute?')).toMatchObject({ kind: 'answer', articleId: 'disputes' });
  });

  it('when someone forgot their password, then it answers account settings, not security', () => {
    expect(judge('I forgot my password')).toMatchObject({ kind: 'answer', articleId: 'account-settings' });
  });

  it('when someone ordered weeks ago and asks about returning, then it answers, not stalled', () => {
    expect(judge('I ordered 3 weeks ago, can I still return it?')).toMatchObject({
      kind: 'answer',
      articleId: 'returns-refunds',
    });
  });

  it('when a person is upset inside the timeline, then it calms and still names the due date', () => {
    const d = judge('I opened a dispute 2 days ago, this is ridiculous, hurry up');
    expect(d).toMatchObject({ kind: 'calm', process: 'dispute-review' });
  });

  it('when new evidence arrives for a running dispute, then it escalates attached to the case', () => {
    expect(judge('I have new evidence for my dispute D-4411 opened yesterday')).toMatchObject({
      kind: 'escalate',
      category: 'dispute-chargeback',
      reason: 'new-info-on-case',
      attachTo: 'D-4411',
    });
  });

  it('when case records say the dispute is past its timeline, then it escalates as stalled', () => {
    const facts: CaseFacts = {
      id: 'D-9001',
      kind: 'case',
      process: 'dispute-review',
      status: 'under_review',
      closed: false,
      openedAt: '2026-10-01T09:00:00Z',
      lastUpdateAt: '2026-10-01T09:00:00Z',
      dispatchedByKx: false,
    };
    expect(judge('any news on my case?', NOW, facts)).toMatchObject({
      kind: 'escalate',
      category: 'stalled',
      attachTo: 'D-9001',
    });
  });

  it('when a harsh word is not aimed at us, then it is out of scope, not calm', () => {
    expect(judge('tell me a joke about the worst pirate')).toMatchObject({ kind: 'out_of_scope' });
  });

  it('when "recognise" is not about money or a login, then it does not escalate', () => {
    expect(judge("I don't recognise this brand").kind).not.toBe('escalate');
  });

  it('when a person did not order the right size, then it is a returns answer, not security', () => {
    expect(judge("I didn't order the right size, can I send it back?")).toMatchObject({
      kind: 'answer',
      articleId: 'returns-refunds',
    });
  });

  it('when "fraud" is an insult, not an incident, then it calms instead of escalating', () => {
    expect(judge('fraud app')).toMatchObject({ kind: 'calm' });
  });

  it('when the person says the order is days late, then it escalates as stalled', () => {
    expect(judge('my parcel is 9 days late')).toMatchObject({ kind: 'escalate', category: 'stalled' });
  });

  it('when an urgent message asks for something to do, then it is answered, not calmed', () => {
    expect(judge('I need to change my delivery address right now')).toMatchObject({
      kind: 'answer',
      articleId: 'change-address',
    });
  });

  it.each([
    'my account has been used by someone else',
    'I got charged for something I did not buy',
    'there are transactions on my card that are not mine',
    'I think my card has been cloned',
  ])('when money or access is not the person\'s own ("%s"), then security escalates', (text) => {
    expect(judge(text)).toMatchObject({ kind: 'escalate', category: 'security' });
  });

  it('when a person did not order a size, then it is not a security incident', () => {
    expect(judge("I sent it back because I didn't order this size").kind).not.toBe('escalate');
  });

  it('when a person only says they need help, then it walks through the three questions', () => {
    expect(judge('I need help')).toMatchObject({ kind: 'triage', reason: 'asks-for-help' });
  });

  it('when banking words come without marketplace words, then it is out of scope', () => {
    expect(judge('what is the interest rate on my savings account')).toMatchObject({ kind: 'out_of_scope' });
  });

  it('when text is not about the marketplace, then it is out of scope', () => {
    expect(judge('what is the capital of portugal')).toMatchObject({ kind: 'out_of_scope' });
  });
});

describe('rule, the issue\'s "Done when" messages', () => {
  it('when a dispute was opened 3 days ago, then it says wait with the due date', () => {
    const d = judge('I opened a dispute 3 days ago, any news?');
    expect(d.kind).toBe('wait');
    // Opened Friday 20 Nov 12:00; 10 business days later is Friday 4 December.
    if (d.kind === 'wait') expect(d.due.toISOString()).toBe('2026-12-04T12:00:00.000Z');
  });
  it('when a dispute was opened 7 weeks ago with no news, then it escalates as stalled', () => {
    expect(judge('I opened a dispute 7 weeks ago and heard nothing')).toMatchObject({
      kind: 'escalate',
      category: 'stalled',
    });
  });
  it('when the person asks for a human, then it walks through the three questions', () => {
    expect(judge('I want to talk to a human')).toMatchObject({ kind: 'triage', reason: 'asks-for-human' });
  });
  it('when asked how long delivery to a city takes, then it answers with the delivery article', () => {
    expect(toTriageView(judge('how long is delivery to Leeds?'))).toMatchObject({
      outcome: 'answer',
      topic: 'delivery-timelines',
    });
  });
});

describe('rule, an order Dispatched by Kingston Express still on its way', () => {
  it.each([
    'my order left your warehouse yesterday, dispatched by kingston express, and it has not come yet',
    'the kingston express warehouse shipped my parcel this morning and tracking has not moved, is something wrong?',
  ])(
    'when it is dated inside its timeline and nothing is said of it arriving (%p), then it is a wait',
    (text) => {
      expect(judge(text)).toMatchObject({ kind: 'wait', process: 'delivery-dispatched' });
    },
  );
  it.each([
    'my dispatched by kingston express order came yesterday and the box was empty',
    'I sent 120 candles to your warehouse on Friday and the dashboard only shows 96',
    'tracking for my kingston express warehouse order says delivered yesterday but there is nothing here',
  ])(
    'when it arrived wrong, was marked delivered or was counted short (%p), then it is still dispatchment',
    (text) => {
      expect(judge(text)).toMatchObject({ kind: 'escalate', category: 'dispatch' });
    },
  );
});
