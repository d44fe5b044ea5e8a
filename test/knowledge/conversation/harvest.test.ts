import { roleOf } from '../../../knowledge/conversation/harvest';

describe('roleOf', () => {
  it('when a seller says so ("small seller here", "I\'m a small seller"), then the role is seller', () => {
    expect(roleOf('small seller here, how do I print a label?')).toBe('seller');
    expect(roleOf("I'm a small seller and my payout is late")).toBe('seller');
  });
  it('when a buyer names the seller they bought from ("from a small seller"), then the role is buyer, not seller', () => {
    expect(roleOf("I bought it from a small seller and it hasn't shipped")).toBe('buyer');
  });
});
