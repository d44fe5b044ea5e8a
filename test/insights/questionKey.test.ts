import { createQuestionKey } from '../../knowledge/insights';
import { SYNONYMS } from './fixtures';

describe('createQuestionKey', () => {
  const key = createQuestionKey(SYNONYMS);

  it.each([
    ['case and punctuation', 'Where is my PARCEL??', 'where is my parcel'],
    ['filler words', 'Hi, where is my parcel please', 'where is my parcel'],
    ['a synonym', 'where is my package', 'where is my parcel'],
    ['word order', 'refund: how long does it take', 'How long does a refund take?'],
    ['a synonym phrase', 'I need my money back', 'refund'],
    ['an order number', 'order 12345 late', 'order 999 late'],
  ])('when two questions differ only by %s, then their keys are equal', (_what, a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it.each([
    ['different topics', 'where is my parcel', 'how long does a refund take'],
    ['a negation', 'my order has not arrived', 'my order has arrived'],
    ['different filler-only greetings', 'hello??', 'thanks!'],
  ])('when two questions differ by %s, then their keys differ', (_what, a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it('when a question is only filler, then its key is its lower-cased words rather than empty', () => {
    expect(key('Hello??')).toBe('hello');
    expect(key('👍')).toBe('👍');
  });
});
