import type { Article } from '../../../knowledge/kb/article';
import { loadKnowledgeBase } from '../../../knowledge/kb/loader';
import { createArticleSearch } from '../../../knowledge/search';
import { RANKERS } from '../../../tools/search/rankers';
import type { SynonymData } from '../../../knowledge/search/synonyms';

const kb = loadKnowledgeBase();
const search = createArticleSearch(kb.articles);

function top(text: string): string | undefined {
  return search.search(text).hits[0]?.id;
}

describe('createArticleSearch on the Help Center', () => {
  // Paraphrases written for this test; none are example questions of the articles.
  it.each([
    ['roughly how many days does a standard parcel need to get to me', 'delivery-timelines'],
    ['the bank still has not shown the money you sent back for my return', 'refund-processing-times'],
    ['I would like to send these shoes back, they pinch', 'returns-refunds'],
    ['I clicked buy by accident, stop it before it ships', 'cancel-order'],
    ['I gave you my old flat as the destination, it needs fixing', 'change-address'],
    ['can I split the cost into monthly payments', 'payment-methods'],
    ['as a merchant, when does the money from my sales land in my bank', 'seller-payouts-schedule'],
    ['somebody got into my profile and changed my login email', 'account-security'],
    ['put me through to an actual human being', 'contact-support'],
    ['the seller refuses to help and I want a resolution specialist to decide', 'disputes'],
    ['my card company reversed a payment for one of my sales', 'chargebacks'],
    ['what does the label processing on my purchase mean', 'order-status'],
    ['where do I find the courier number to follow my parcel', 'shipping-tracking'],
    ['how do I get a new passcode, I cannot remember mine', 'account-settings'],
  ])('when asked "%s", then the top hit is %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });

  it('when a word is misspelt ("refnud"), then typo tolerance still finds refunds', () => {
    const r = search.search('how long for my refnud');

    expect(r.hits[0]?.id).toBe('refund-processing-times');
    expect(r.coverage).toBe(1);
  });

  it('when the message says "money back", then the synonym map leads to a refund article', () => {
    expect(['refund-processing-times', 'returns-refunds']).toContain(top('how do I get my money back'));
  });

  it('when the message says "hacked", then it reaches account security', () => {
    expect(top('i got hacked')).toBe('account-security');
  });

  it.each([
    "what's the weather in Paris",
    'tell me a joke',
    "how do I change my car's oil",
    'play some jazz music',
  ])('when the message is off-topic ("%s"), then confidence is low', (text) => {
    expect(search.search(text).confidence).toBeLessThan(0.2);
  });

  it('when the message is clearly in the Help Center, then confidence is high', () => {
    const r = search.search('how long does a refund take to reach my card');

    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it('when nothing is searchable (only stop words), then there are no hits and zero confidence', () => {
    expect(search.search('is it the one?')).toEqual({ hits: [], confidence: 0, coverage: 0 });
  });

  it('when half the content words are unknown, then coverage is one half', () => {
    expect(search.search('refund zxqvbn').coverage).toBeCloseTo(0.5);
  });

  it('when a limit is given, then at most that many hits come back, best first', () => {
    const hits = search.search('order delivery refund address', 3).hits;

    expect(hits.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });

  it.each(Object.entries(RANKERS))(
    'when using the %s ranker, then it agrees on a plain question and confidence stays in [0, 1]',
    (_name, ranker) => {
      const s = createArticleSearch(kb.articles, { ranker });

      const r = s.search('how do I cancel my order');

      expect(r.hits[0]?.id).toBe('cancel-order');
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    },
  );
});

describe('confidence and ambiguity', () => {
  const synonyms: SynonymData = { ignore: [], sellerCues: [], keep: [], synonyms: {} };
  function article(id: string, title: string, questions: string[]): Article {
    return {
      id,
      title,
      summary: title,
      audience: 'both',
      tags: [],
      questions,
      related: [],
      updated: '2026-01-01',
      body: '',
      file: `${id}.md`,
    };
  }
  const articles = [
    article('gift-wrap', 'Gift wrapping', ['can you gift wrap', 'wrapping paper options', 'gift wrap price']),
    article('gift-cards', 'Gift cards', ['buy a gift card', 'gift card balance', 'redeem a gift card']),
    article('vouchers', 'Vouchers', ['voucher code', 'voucher expired', 'apply a voucher']),
    article('lockers', 'Parcel lockers', ['locker pickup', 'locker code', 'nearest locker']),
  ];
  const s = createArticleSearch(articles, { synonyms });

  it('when the query fits two articles equally, then confidence is lower than for a clear match', () => {
    const tie = s.search('gift');
    const clear = s.search('voucher code');

    expect(tie.hits.map((h) => h.id).sort()).toEqual(['gift-cards', 'gift-wrap']);
    expect(tie.confidence).toBeLessThan(clear.confidence);
    expect(clear.confidence).toBeGreaterThan(0.7);
  });

  it('when the query adds unknown words, then confidence drops with the share left unmatched', () => {
    const plain = s.search('locker code');
    const diluted = s.search('locker code tomato basil lasagne');

    expect(diluted.confidence).toBeLessThan(plain.confidence);
    expect(diluted.coverage).toBeCloseTo(0.4);
  });

  it('when a synonym is configured, then both articles and messages are mapped to it', () => {
    const withSyn = createArticleSearch(articles, {
      synonyms: { ...synonyms, synonyms: { voucher: ['coupon', 'promo code'] } },
    });

    expect(withSyn.search('my promo code does not work').hits[0]?.id).toBe('vouchers');
    expect(withSyn.search('coupon').hits[0]?.id).toBe('vouchers');
    expect(s.search('coupon').hits).toEqual([]);
  });
});
