/** The masking module: each kind of personal data is masked, and each near-miss support needs is kept. */
import { MASKS, maskPersonalData, passesLuhn } from '../../../knowledge/privacy/mask';

const keeps = (text: string) => expect(maskPersonalData(text)).toBe(text);

describe('maskPersonalData', () => {
  describe('emails', () => {
    it('when a message holds an email address, then it is replaced and the rest kept', () => {
      expect(maskPersonalData('write to jane.doe+kx@example.co.uk about KX-123456')).toBe(
        `write to ${MASKS.email} about KX-123456`,
      );
    });
    it('when a message has an @ that is no address (a handle, "@ 5pm"), then it is kept', () => {
      keeps('ping @support at 5pm');
      keeps('meet @ 10:30');
    });
  });

  describe('phone numbers', () => {
    it.each([
      ['call me on +44 7700 900123 please', `call me on ${MASKS.phone} please`],
      ['my number is 07700 900123', `my number is ${MASKS.phone}`],
      ['(555) 123-4567 after 6', `${MASKS.phone} after 6`],
      ['phone: 555-123-4567.', `phone: ${MASKS.phone}.`],
    ])('when the text is "%s", then the number is masked', (text, expected) => {
      expect(maskPersonalData(text)).toBe(expected);
    });
    it('when the text holds order ids, amounts, dates and times, then none of them is masked', () => {
      keeps('order KX-123456 cost £1,234.56 on 2026-10-05 at 10:30');
      keeps('it was 05/10/2026, refund of $25.99, case D-5521');
      keeps('between 09:00 and 17:30, 3 weeks ago, 12.10.2026');
      keeps('tracking 1Z999AA10123456784');
    });
    it('when a bare run of digits has no phone shape, then it is kept as an order number', () => {
      keeps('order 5551234567 is late');
    });
  });

  describe('card numbers', () => {
    it('when a Luhn-valid card number is written grouped or plain, then it is masked', () => {
      expect(maskPersonalData('card 4111 1111 1111 1111 was charged')).toBe(`card ${MASKS.card} was charged`);
      expect(maskPersonalData('4242424242424242')).toBe(MASKS.card);
      expect(maskPersonalData('amex 3782-822463-10005')).toBe(`amex ${MASKS.card}`);
    });
    it('when a 16-digit number fails the Luhn check, then it is not taken for a card', () => {
      keeps('reference 1234567812345678');
    });
    it('when the checksum is computed, then known card numbers pass and a changed digit fails', () => {
      expect(passesLuhn('4111111111111111')).toBe(true);
      expect(passesLuhn('4111111111111112')).toBe(false);
    });
  });

  describe('street addresses', () => {
    it.each([
      ['send it to 221B Baker Street, London', `send it to ${MASKS.address}, London`],
      ['I live at 10 downing st now', `I live at ${MASKS.address} now`],
      ['12 Old Kent Road SE1 5AA', `${MASKS.address} ${MASKS.postcode}`],
      ['deliver to 4 Elm Close', `deliver to ${MASKS.address}`],
    ])('when the text is "%s", then the address is masked', (text, expected) => {
      expect(maskPersonalData(text)).toBe(expected);
    });
    it('when numbers are followed by ordinary words, then nothing is taken for an address', () => {
      keeps('it has been 3 weeks on the way');
      keeps('I ordered 2 items on the high street sale');
      keeps('2 days ago the parcel was in the depot');
      keeps('refund of 30 pounds, which way do I go?');
    });
  });

  it('when the text has no digit and no @, then it comes back unchanged', () => {
    keeps('where is my parcel?');
  });
});
