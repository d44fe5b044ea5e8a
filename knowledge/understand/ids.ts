/** Order and case ids a person types, in the forms the marketplace prints them. */
export interface MentionedIds {
  /** E.g. "KX-123456", "#123456", "732201349959". */
  orders: string[];
  /** E.g. "D-1234" (dispute), "CB-2041" (chargeback), "R-778" (return), "C-9" (case). */
  cases: string[];
}

const ORDER_PATTERNS = [/\bKX-?\d{4,}\b/gi, /#\s?\d{4,}\b/g, /\b\d{8,}\b/g];
const CASE_PATTERN = /\b(?:CB|D|R|C|CASE)-\d{2,}\b/gi;

/** Finds ids without repeats, upper-cased, order kept. */
export function extractIds(text: string): MentionedIds {
  const orders = new Set<string>();
  for (const re of ORDER_PATTERNS) {
    for (const m of text.matchAll(re)) orders.add(m[0].replace(/\s/g, '').toUpperCase());
  }
  const cases = new Set<string>();
  for (const m of text.matchAll(CASE_PATTERN)) cases.add(m[0].toUpperCase());
  return { orders: [...orders], cases: [...cases] };
}
