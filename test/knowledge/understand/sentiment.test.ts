/**
 * Our English AFINN scorer against natural's SentimentAnalyzer, which it replaces at start-up:
 * the same score for the same words, stems, negations and empty input.
 */
import { SentimentAnalyzer } from 'natural/lib/natural/sentiment';
import { PorterStemmer } from '../../../knowledge/naturalParts';
import { afinnSentiment } from '../../../knowledge/understand/sentiment';

const sentences = [
  'this is absolutely terrible and i am furious',
  'thank you so much, that was really helpful',
  'i am not happy with the delay',
  "it doesn't work and nobody answers",
  'the parcel arrived damaged and broken',
  'great service, lovely people, wonderful',
  'where is my order',
  'NOT GOOD AT ALL',
  'worried, anxious, scared my account was hacked',
  'never again, worst shop ever',
  'loved it loves loving',
  '',
];

describe('AFINN sentiment', () => {
  const natural = new SentimentAnalyzer('English', PorterStemmer, 'afinn');
  const ours = afinnSentiment(PorterStemmer);

  test.each(sentences)('%j scores as natural scores it', (sentence) => {
    const words = sentence.split(/\s+/).filter(Boolean);
    const expected = words.length ? natural.getSentiment(words) : 0;
    expect(ours(words)).toBeCloseTo(expected, 12);
  });

  test('the scores are not all zero: the list is read', () => {
    expect(ours(['terrible'])).toBeLessThan(0);
    expect(ours(['not', 'terrible'])).toBeGreaterThan(0);
    expect(ours(['wonderful'])).toBeGreaterThan(0);
  });
});
