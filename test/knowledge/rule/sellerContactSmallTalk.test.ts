/**
 * Generalisation round 3, in our own words: seller money said as fees or released funds,
 * contact channels, billing details as an account setting, small talk to the bot, Hinglish
 * order questions, and platform errors from the Kingston Express warehouse.
 */
import { judge } from './helpers';

describe('rule, seller money questions', () => {
  it.each([
    'how much commission is taken when my item sells',
    'what are the seller fees on a listing',
    'as a merchant when do i receive the funds',
    'when is the money from a sale released to me',
    'my store balance, how soon can it go to my bank',
    'what do you keep from each sale',
    'when do vendors receive their money',
    'what cut does the marketplace take from sellers',
  ])('when "%s", then it answers seller-payouts-schedule', (text) => {
    expect(judge(text)).toMatchObject({ kind: 'answer', articleId: 'seller-payouts-schedule' });
  });

  it('when a seller asks about shipping deadlines, then it still answers seller-shipping', () => {
    expect(judge('as a seller, which shipping labels can I print')).toMatchObject({
      kind: 'answer',
      articleId: 'seller-shipping',
    });
  });
});

describe('rule, contact channels and account details', () => {
  it.each(['is there a helpdesk I can write to', 'customer support email address', 'do you offer live chat'])(
    'when "%s", then it answers contact-support',
    (text) => {
      expect(judge(text)).toMatchObject({ kind: 'answer', articleId: 'contact-support' });
    },
  );

  it('when the billing address is to be changed, then it answers account-settings, not change-address', () => {
    expect(judge('how can I edit the billing address on my profile')).toMatchObject({
      kind: 'answer',
      articleId: 'account-settings',
    });
  });
});

describe('rule, small talk to the bot is out of scope', () => {
  it.each([
    "what's your name",
    'how old are u',
    'are you a chatbot',
    'who built you',
    'are u human or a machine',
  ])('when "%s", then it is out of scope', (text) => {
    expect(judge(text)).toMatchObject({ kind: 'out_of_scope' });
  });

  it('when small talk comes with an order question, then the order question is answered', () => {
    expect(judge('who are you? where is my order')).toMatchObject({ kind: 'answer' });
  });
});

describe('rule, Hinglish order questions', () => {
  it('when "mera parcel kahan hai", then it answers order status', () => {
    expect(judge('mera parcel kahan hai')).toMatchObject({ kind: 'answer', articleId: 'order-status' });
  });
});

describe('rule, platform errors from the Kingston Express warehouse', () => {
  it.each([
    'you shipped a different model from your warehouse on my kx order',
    'the fulfilment center lost part of my stock',
    'the stock counted in your warehouse does not match my delivery note',
    'boxes we delivered to your fulfilment hub went missing',
    'the app shows delivered, i got no parcel',
  ])('when "%s", then it escalates to dispatch', (text) => {
    expect(judge(text)).toMatchObject({ kind: 'escalate', category: 'dispatch' });
  });

  it('when asked how warehouse fulfilment works, then it answers and does not escalate', () => {
    expect(judge('how does storing my stock in your warehouse work')).toMatchObject({
      kind: 'answer',
      articleId: 'dispatched-by-kingston-express',
    });
  });
});
