/** Which process a message names: whole words from the table, first entry first; unknown ids refused. */
import { KnowledgeError } from '../../../knowledge/kb/errors';
import {
  DEFAULT_PROCESSES_FILE,
  loadProcessLexicon,
  processLexiconFrom,
} from '../../../knowledge/nlu/processLexicon';
import { editedCopy } from '../../support/editedCopy';
import { realKnowledgeBase } from '../../support/understanding';

const lexicon = processLexiconFrom([
  { process: 'chargeback-bank-review', words: ['chargeback', 'charge back'] },
  { process: 'refund-processing', words: ['refund', 'money back'] },
]);

describe('process lexicon', () => {
  it('when two processes are named, then the first entry of the table wins', () => {
    expect(lexicon.find('my refund after the charge back')).toEqual({
      process: 'chargeback-bank-review',
      matched: 'charge back',
      generic: false,
    });
  });
  it('when a cancellation is asked for and money is awaited, then the request is the process; once the order is cancelled, the refund is', () => {
    const timelines = new Set(Object.keys(realKnowledgeBase().policy.timelines));
    const real = loadProcessLexicon(timelines);
    expect(real.find('i asked to cancel on the 9th and still no money back')?.process).toBe(
      'cancellation-request',
    );
    expect(real.find('the seller cancelled it, do i get my money back')?.process).toBe('refund-processing');
  });
  it('when a word only contains a listed word, then nothing is named', () => {
    expect(lexicon.find('refundable deposit')).toBeNull();
  });
  it('when the real table names a process the policy lacks, then loading fails naming it', () => {
    expect(() => loadProcessLexicon(new Set(['dispute-review']))).toThrow(KnowledgeError);
    const timelines = new Set(Object.keys(realKnowledgeBase().policy.timelines));
    expect(loadProcessLexicon(timelines).find('i sent it back on monday')?.process).toBe('return-inspection');
  });
  it('when only words for a purchase in general name the delivery ("order KX-20931"), then the mention is generic; a delivery word is not', () => {
    const timelines = new Set(Object.keys(realKnowledgeBase().policy.timelines));
    const real = loadProcessLexicon(timelines);
    expect(real.find('i opened one about a lamp, order kx-20931')).toMatchObject({
      process: 'delivery-standard',
      generic: true,
      forSellers: 'order-dispatch',
    });
    expect(real.find('my order still has not arrived')).toMatchObject({
      process: 'delivery-standard',
      generic: false,
    });
  });
  it("when a seller's process names no timeline of the policy, then loading fails naming the field", () => {
    const file = editedCopy(DEFAULT_PROCESSES_FILE(), (y) =>
      y.replace('forSellers: order-dispatch', 'forSellers: seller-packing'),
    );
    const timelines = new Set(Object.keys(realKnowledgeBase().policy.timelines));
    expect(() => loadProcessLexicon(timelines, file)).toThrow(
      /forSellers: "seller-packing" is not a timeline/,
    );
  });
  it('when the order is denied to be the warehouse\'s ("not one of your warehouse ones", "I posted it myself"), then the warehouse\'s delivery is never the process', () => {
    const timelines = new Set(Object.keys(realKnowledgeBase().policy.timelines));
    const real = loadProcessLexicon(timelines);
    expect(real.find('it came from your warehouse and still not here')?.process).toBe('delivery-dispatched');
    const denied = 'the parcel was from a small shop, not one of your warehouse ones, still not here';
    expect(real.deniesDispatch(denied)).toMatch(/^not one of your warehouse/);
    expect(real.find(denied)?.process).toBe('delivery-standard');
    expect(real.deniesDispatch('my order came from your warehouse')).toBeNull();
    // A seller who ships their own orders says so of every order.
    expect(real.deniesDispatch('a buyer got the wrong size, i ship my own orders, what now')).toBe(
      'ship my own orders',
    );
    expect(real.insteadOfDispatch).toBe('missing-or-damaged-item');
    const herself =
      'one book missing from the box, the seller ships her own, not from a kingston express warehouse';
    expect(real.deniesDispatch(herself)).not.toBeNull();
    expect(real.find(herself)?.process).not.toBe('delivery-dispatched');
  });
  it('when the parcel is said to have arrived, been marked delivered or been counted short, then those words are read; a parcel still on its way has none', () => {
    const real = loadProcessLexicon(new Set(Object.keys(realKnowledgeBase().policy.timelines)));
    expect(real.arrived('tracking says delivered on friday but nothing here')).toBe('delivered');
    expect(real.arrived('it came from your warehouse and the box was empty')).not.toBeNull();
    expect(real.arrived('sent 80 candles to your warehouse, the dashboard shows 64')).not.toBeNull();
    expect(real.arrived('it left your warehouse on tuesday and still has not arrived')).toBeNull();
    expect(lexicon.arrived('delivered')).toBeNull();
  });
  it('when a dispute is said to misbehave or be decided, then those words are read; waiting for its decision and what it is about are not', () => {
    const real = loadProcessLexicon(new Set(Object.keys(realKnowledgeBase().policy.timelines)));
    expect(real.disputeTrouble('today it just says closed with no email')).toBe('closed');
    expect(real.disputeTrouble('the dispute decision says i never uploaded tracking')).toBe('decision says');
    expect(real.disputeTrouble('my dispute vanished from my account')).toBe('vanished');
    expect(real.disputeTrouble('opened a dispute 5 weeks ago and still no decision')).toBeNull();
    expect(real.disputeTrouble('a lamp that came broken and the seller never responded')).toBeNull();
    expect(lexicon.disputeTrouble('closed')).toBeNull();
  });
  it('when a question asks what happens next or what to do, then those words are read', () => {
    const real = loadProcessLexicon(new Set(Object.keys(realKnowledgeBase().policy.timelines)));
    expect(real.askedWhatNext('a buyer opened a dispute on my sale what should i do now')).toBe(
      'what should i do',
    );
    expect(real.askedWhatNext('the dispute page shows me as the buyer')).toBeNull();
  });
  it('when a buyer is said to have opened a case, then it is the dispute in other words', () => {
    const real = loadProcessLexicon(new Set(Object.keys(realKnowledgeBase().policy.timelines)));
    expect(real.find('my buyer opened a case on monday, item not as described')?.process).toBe(
      'dispute-review',
    );
    expect(real.find('i opened a case with support about my login')?.process).not.toBe('dispute-review');
  });

  it('when the team is said to have opened a review already, then those words are read, unless something new happened since', () => {
    const real = loadProcessLexicon(new Set(Object.keys(realKnowledgeBase().policy.timelines)));
    expect(real.reviewUnderWay('my account is under a security review since monday')).toBe(
      'under a security review',
    );
    expect(real.reviewUnderWay('your team opened a review after i reported it')).toBe('opened a review');
    expect(real.reviewUnderWay('security review since monday and now someone changed my email')).toBeNull();
    expect(real.reviewUnderWay('someone logged into my account')).toBeNull();
    expect(lexicon.reviewUnderWay('security review')).toBeNull();
  });

  it('when the order still says "awaiting dispatch", then it is the seller\'s dispatch step, not the delivery', () => {
    const timelines = new Set(Object.keys(realKnowledgeBase().policy.timelines));
    expect(
      loadProcessLexicon(timelines).find('ordered lights on monday, still says awaiting dispatch')?.process,
    ).toBe('order-dispatch');
  });
  it.each([
    ['uploaded my id yesterday, verification still says in review', 'account-review'],
    ['my shop account got locked and they opened a review on monday', 'account-review'],
    ['seller posted it 3 days ago, no sign of it yet', 'delivery-standard'],
    ['disput opend last friday nothing yet', 'dispute-review'],
  ])('when a process is named in everyday or misspelt words (%s), then it is found', (text, process) => {
    const timelines = new Set(Object.keys(realKnowledgeBase().policy.timelines));
    expect(loadProcessLexicon(timelines).find(text)?.process).toBe(process);
  });
  it('when the denial names no timeline or no article, then loading fails naming the field', () => {
    const timelines = new Set(Object.keys(realKnowledgeBase().policy.timelines));
    const articles = new Set(realKnowledgeBase().articles.map((a) => a.id));
    const noTimeline = editedCopy(DEFAULT_PROCESSES_FILE(), (y) =>
      y.replace('process: delivery-dispatched\n  article', 'process: warehouse-run\n  article'),
    );
    expect(() => loadProcessLexicon(timelines, noTimeline)).toThrow(
      /notDispatchedByUs.process: "warehouse-run" is not a timeline/,
    );
    const noArticle = editedCopy(DEFAULT_PROCESSES_FILE(), (y) =>
      y.replace('article: missing-or-damaged-item', 'article: lost-parcels'),
    );
    expect(() => loadProcessLexicon(timelines, noArticle, articles)).toThrow(
      /notDispatchedByUs.article: "lost-parcels" is not a Help Center article/,
    );
  });
});
