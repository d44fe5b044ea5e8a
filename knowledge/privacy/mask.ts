/**
 * Masks personal data in free text before it leaves the bot for a log line, a CSV export or the
 * lead's inbox: email addresses, phone numbers, payment card numbers and street addresses (with UK
 * postcodes). Pure: no I/O, no state. What support needs to act on a message (order and case ids
 * like KX-123456, amounts, dates, times) is kept: each pattern is written so those do not match,
 * and the tests hold one near-miss per kind.
 */

/** What a masked span is replaced with, per kind: readers still see what kind of thing was there. */
export const MASKS = {
  email: '[email]',
  card: '[card]',
  phone: '[phone]',
  address: '[address]',
  postcode: '[postcode]',
} as const;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** 13 to 19 digits, optionally grouped by spaces or hyphens; not glued to letters (ids). */
const CARD_CANDIDATE = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;

/**
 * A phone number: digit groups with spaces, hyphens, dots or brackets between them. Not after a
 * letter, hyphen, slash, colon or currency sign (ids, dates, times, amounts), nor before one.
 */
const PHONE_CANDIDATE = /(?<![\w/.,:+£$€-])\+?\(?\d[\d ().-]{6,}\d(?![\w/:]|[.,]\d)/g;
/** Dates written with separators: 2026-10-05, 05/10/2026, 5.10.2026, 05-10-26. */
const DATE_LIKE = /^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const MIN_PHONE_DIGITS = 9;
const MAX_PHONE_DIGITS = 15;

/** Street words that are unambiguous in any case ("12 baker street", "10 Downing St"). */
const STRONG_STREET = 'street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|terrace|crescent|highway|drive';
/** Street words that are also everyday words ("on the way", "close"): only as Capitalised names. */
const WEAK_STREET = 'Way|Close|Place|Court|Square|Gardens|Grove|Row|Walk|Parade|Mews|Hill';
/** Words a number is followed by in ordinary sentences, never a street name. */
const NOT_A_NAME =
  '(?!(?:days?|weeks?|months?|years?|hours?|minutes?|items?|orders?|times?|of|on|in|at|to|the|and|or|for|ago|pm|am)\\b)';
const NAME_WORD = `${NOT_A_NAME}[A-Za-z][A-Za-z'.-]*`;
const HOUSE = '(?<![\\w-])\\d{1,5}[A-Za-z]?,?\\s+';
const STREET = new RegExp(`${HOUSE}(?:${NAME_WORD}\\s+){1,3}(?:${STRONG_STREET})\\b\\.?`, 'gi');
/** Case-sensitive: "4 Elm Close" is an address, "3 weeks on the way" is not. */
const NAMED_STREET = new RegExp(
  `${HOUSE}(?:${NOT_A_NAME}[A-Z][A-Za-z'.-]*\\s+){1,3}(?:${WEAK_STREET})\\b`,
  'g',
);
/** UK postcodes, upper case as written on an address: SW1A 1AA, M1 1AE, EC1V 9HX. */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g;

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The Luhn checksum every payment card number passes (and most other long numbers fail). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function maskCards(text: string): string {
  return text.replace(CARD_CANDIDATE, (m) => (passesLuhn(digitsOf(m)) ? MASKS.card : m));
}

function maskPhones(text: string): string {
  return text.replace(PHONE_CANDIDATE, (m) => {
    const n = digitsOf(m).length;
    if (n < MIN_PHONE_DIGITS || n > MAX_PHONE_DIGITS || DATE_LIKE.test(m)) return m;
    // A bare run of digits is more often an order number than a phone: a phone shows its shape.
    const shaped = /^[+(0]/.test(m) || /\d[ ().-]+\d/.test(m);
    return shaped ? MASKS.phone : m;
  });
}

/** `text` with every email, card number, phone number, street address and postcode replaced. */
export function maskPersonalData(text: string): string {
  // Cheap exit: every kind needs a digit or an @, and most log values have neither.
  if (!/[\d@]/.test(text)) return text;
  let out = text.replace(EMAIL, MASKS.email);
  out = maskCards(out);
  out = out.replace(STREET, MASKS.address).replace(NAMED_STREET, MASKS.address);
  out = out.replace(POSTCODE, MASKS.postcode);
  return maskPhones(out);
}
