/** First-message triage over the real Help Center: the "Done when" messages end to end. */
import { loadKnowledgeBase } from '../../../knowledge/kb/loader';
import { createArticleSearch } from '../../../knowledge/search';
import { createTriage } from '../../../knowledge/triage';

const kb = loadKnowledgeBase();
const triage = createTriage(kb, createArticleSearch(kb.articles));
/** Monday 23 November 2026, 12:00 in London. */
const NOW = new Date('2026-11-23T12:00:00Z');

describe('triage.judge', () => {
  it('when a dispute was opened 3 days ago, then the outcome is wait with the due date', () => {
    const j = triage.judge('I opened a dispute 3 days ago, any news?', NOW);
    expect(j).toMatchObject({ outcome: 'wait', category: null, topic: 'disputes' });
    expect(j.decision.kind === 'wait' && j.decision.due.toISOString()).toBe('2026-12-04T12:00:00.000Z');
  });

  it('when a dispute was opened 7 weeks ago with no news, then it escalates as stalled', () => {
    expect(triage.judge('I opened a dispute 7 weeks ago and heard nothing', NOW)).toMatchObject({
      outcome: 'escalate',
      category: 'stalled',
    });
  });

  it("when a seller asks about a step they carry out themselves, then it is their article, as on the bot's first turn; a buyer waits", () => {
    expect(
      triage.judge(
        'my buyer sent the return back and it arrived today, how long do I have to inspect it?',
        NOW,
      ),
    ).toMatchObject({ outcome: 'answer', topic: 'returns-refunds' });
    expect(
      triage.judge('I sent my return back and the seller got it today, how long until they inspect it?', NOW),
    ).toMatchObject({ outcome: 'wait' });
    // A seller whose own step is done: what is overdue is stuck past them.
    expect(
      triage.judge(
        "seller here: my buyer's return came back on 5 October, I accepted it the same day and the case is still open",
        NOW,
      ),
    ).toMatchObject({ outcome: 'escalate', category: 'stalled' });
  });

  it('when the person wants a human, then the outcome is the walk-through, not a ticket', () => {
    expect(triage.judge('I want to talk to a human', NOW)).toMatchObject({
      outcome: 'triage',
      category: null,
    });
  });

  it('when asked about delivery time to a city, then the delivery article answers', () => {
    expect(triage.judge('how long is delivery to Leeds?', NOW)).toMatchObject({
      outcome: 'answer',
      topic: 'delivery-timelines',
    });
  });

  it('when text is off-topic, then it is out of scope with a confidence in [0, 1]', () => {
    const j = triage.judge('recommend a good science fiction novel', NOW);
    expect(j.outcome).toBe('out_of_scope');
    expect(j.confidence).toBeGreaterThanOrEqual(0);
    expect(j.confidence).toBeLessThanOrEqual(1);
  });

  it('when a third-party email account was hacked, then it is out of scope, not a marketplace escalation', () => {
    expect(triage.judge('my email was hacked, how do I recover gmail', NOW)).toMatchObject({
      outcome: 'out_of_scope',
      category: null,
    });
  });

  it('when a lost bank card is reported, then it escalates to security', () => {
    expect(triage.judge('I think I dropped my debit card on the train', NOW)).toMatchObject({
      outcome: 'escalate',
      category: 'security',
    });
  });

  it('when an answer is given, then its topic is an article that exists', () => {
    const j = triage.judge('which payment options do you accept?', NOW);
    expect(j.outcome).toBe('answer');
    expect(kb.byId.has(j.topic ?? '')).toBe(true);
  });
});

describe('triage.judge, payments that went wrong and insults', () => {
  it.each([
    ['I want to pay with another card this time', 'payment-methods'],
    ['my card keeps being declined at checkout', 'payment-methods'],
    ['the money left my account but the order failed', 'refund-processing-times'],
    [
      'the order was cancelled yet the payment was still taken, when is it coming back',
      'refund-processing-times',
    ],
  ])('when %p, then it is answered from %s', (text, topic) => {
    expect(triage.judge(text, NOW)).toMatchObject({ outcome: 'answer', topic });
  });

  it('when the person calls us crooks, then it is calm, not out of scope', () => {
    expect(triage.judge('you lot are crooks', NOW).outcome).toBe('calm');
    expect(triage.judge('you guys are crooks', NOW).outcome).toBe('calm');
  });
});
