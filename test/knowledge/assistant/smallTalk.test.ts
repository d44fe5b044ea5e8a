import { smallTalkOf } from '../../../knowledge/assistant/smallTalk';

describe('smallTalkOf', () => {
  it.each([
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['good morning', 'greeting'],
    ['thanks', 'thanks'],
    ['Thank you so much!', 'thanks'],
    ['bye', 'goodbye'],
    ["no that's all", 'goodbye'],
    ['ok', 'acknowledgement'],
    ['hmm ok', 'acknowledgement'],
    ['Yes.', 'acknowledgement'],
    ['got it', 'acknowledgement'],
    ['ok thanks', 'thanks'],
  ])('when the whole message is %p, then it is %s', (text, kind) => {
    expect(smallTalkOf(text)).toBe(kind);
  });

  it.each([
    'hi, where is my order?',
    'thanks but my refund never came',
    'hello my account was hacked',
    'ok but where is my refund',
    'yes someone logged into my account',
  ])('when small talk comes with a request (%p), then it is not small talk', (text) => {
    expect(smallTalkOf(text)).toBeNull();
  });
});
