import { roleOf } from '../../../knowledge/conversation/harvest';

describe('roleOf', () => {
  it("when a message says a return came back to the person, or opens as a seller's question, then it is a seller's", () => {
    expect(roleOf('a return came back to me today, how long do i have to look it over?')).toBe('seller');
    expect(roleOf('seller question: when do payouts go out?')).toBe('seller');
    expect(roleOf('i ship my own orders, is there a deadline?')).toBe('seller');
    // "the seller" says the buyer's side: both sides named, no role.
    expect(roleOf('the parcel came back to me and the seller says it was delivered')).toBeUndefined();
  });
  it('when a seller says so ("small seller here", "I\'m a small seller"), then the role is seller', () => {
    expect(roleOf('small seller here, how do I print a label?')).toBe('seller');
    expect(roleOf("I'm a small seller and my payout is late")).toBe('seller');
  });
  it('when the side is said outright ("this time I\'m the buyer"), then it outweighs words that only lean the other way ("the buyer", "the seller")', () => {
    expect(roleOf("different matter, I'm the buyer here: my return reached the seller weeks ago")).toBe(
      'buyer',
    );
    expect(roleOf("I'm the seller, the buyer says my parcel never came")).toBe('seller');
  });
  it('when a buyer names the seller they bought from ("from a small seller"), then the role is buyer, not seller', () => {
    expect(roleOf("I bought it from a small seller and it hasn't shipped")).toBe('buyer');
  });
});
