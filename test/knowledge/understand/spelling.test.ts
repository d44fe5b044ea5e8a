/**
 * Spelling repair must mend typos, not change words: "comprised" read as "compromised" woke the
 * security guard, "skipped" read as "shipped" and "rest" as "reset" changed what people asked.
 * The word vectors' vocabulary is the 50,000 most frequent English words: every one of them the
 * repair changes must be a variant of the same word (a spelling, an inflection, a contraction, a
 * typo the data shows). A new repair of a frequent word fails here, naming it.
 */
import { DEFAULT_VECTORS_FILE } from '../../../knowledge/nlu/wordVectors';
import { readVectorTable } from '../../../knowledge/nlu/vectorFile';
import { normalise } from '../../../knowledge/understand/normalise';

/** Frequent words the repair may change, each into a form of the same word. */
const SAME_WORD: Record<string, string> = {
  assistant: 'assistance',
  assistants: 'assistance',
  supporter: 'support',
  compromise: 'compromised',
  compromises: 'compromised',
  internationally: 'international',
  internacional: 'international',
  internationale: 'international',
  internazionale: 'international',
  suspicion: 'suspicious',
  suspicions: 'suspicious',
  suspiciously: 'suspicious',
  recognise: 'recognize',
  recognised: 'recognize',
  recognises: 'recognize',
  hijacker: 'hijacked',
  hijackers: 'hijacked',
  authorize: 'authorized',
  authorizes: 'authorized',
  authorise: 'authorized',
  installment: 'installments',
  withdraws: 'withdrawal',
  purchaser: 'purchase',
  purchasers: 'purchase',
  dispatches: 'dispatched',
  dispatcher: 'dispatched',
  dispatchers: 'dispatched',
  despatched: 'dispatched',
  returnees: 'returned',
  returner: 'returned',
  compensating: 'compensation',
  fraudulently: 'fraudulent',
  tracing: 'tracking',
  changer: 'change',
  // typos and other languages' spellings that the data shows
  emil: 'email',
  oder: 'order',
  chancel: 'cancel',
  changi: 'change',
  arriva: 'arrive',
  agen: 'agent',
  simeone: 'someone',
  // shorthand (knowledge/understand/spelling.ts SHORTHAND)
  mere: 'my',
  meri: 'my',
  dont: "don't",
  cant: "can't",
};

describe('spelling repair', () => {
  it('when a frequent English word is read, then it stays itself or becomes a form of the same word', () => {
    const table = readVectorTable(DEFAULT_VECTORS_FILE());
    const changed: Record<string, string> = {};
    for (const word of table.index.keys()) {
      if (!/^[a-z]{4,}$/.test(word)) continue;
      const read = normalise(word);
      if (read !== word) changed[word] = read;
    }
    expect(changed).toEqual(SAME_WORD);
  });

  it.each([
    ['my order comprised three items', 'comprised'],
    ['the rest of my order never came', 'rest'],
    ['the seller skipped a step', 'skipped'],
    ['how do deliveries work at weekends', 'deliveries'],
  ])('when "%s", then "%s" is read as written', (text, word) => {
    expect(normalise(text).split(' ')).toContain(word);
  });
});
