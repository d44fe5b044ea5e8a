/**
 * Order and case ids a person types: the forms the marketplace prints, and the looser ones people
 * type from memory or from another screen ("KE-448120", "ord 55123", "order number 448120").
 */
export interface MentionedIds {
  /** E.g. "KX-123456", "#123456", "732201349959", "order 448120", "KE-448120", "8811-2040". */
  orders: string[];
  /** E.g. "D-1234" (dispute), "CB-2041" (chargeback), "R-778" (return), "C-9" (case). */
  cases: string[];
  /** The message gives only the number(s), with at most words that introduce one ("order 66120", "it's KX-20931"). */
  alone?: true;
}

const CASE_PATTERN = /\b(?:CB|D|R|C|CASE)-\d{2,}\b/gi;
const ORDER_PATTERNS = [
  /\bKX-?\d{4,}\b/gi,
  /#\s?\d{4,}\b/g,
  /\b\d{8,}\b/g,
  // A few letters, a dash, digits: an order number misremembered or from a receipt ("KE-448120"),
  // or the other way round ("7712-KE").
  /\b[A-Z]{2,4}-\d{4,}\b/gi,
  /\b\d{4,}-[A-Z]{2,4}\b/gi,
  // Two runs of digits ("8811-2040", as an order page prints it), never a span of years ("2019-2020").
  /\b(?!(?:19|20)\d\d-(?:19|20)\d\d\b)\d{4}-\d{4,}\b/g,
];
/**
 * "order 448120", "order no. 448120", "order number is 448120", and as voice typing writes it,
 * "order number is KE 4 4 0 9 1": digits named as the order, spaces between them dropped.
 */
const NAMED_ORDER =
  /\borders?\b\s*(?:number|no\.?|num|nr|id|#)?\s*(?:is|was|:)?\s*(?:[a-z]{2,3}[\s-]*)?(\d(?:[\s-]?\d){3,})\b/gi;

/** Words that only introduce a number ("my order number is", "ref", "its"). */
const INTRODUCING =
  /\b(?:my|the|its?|is|was|this|that|one|order|orders|ord|number|no|num|nr|id|ref|reference|case|here|heres|sorry|ok|okay|yes|sure)\b/g;

/** Finds ids without repeats, upper-cased, order kept. */
export function extractIds(text: string): MentionedIds {
  const orders = new Set<string>();
  const cases = new Set<string>();
  for (const m of text.matchAll(CASE_PATTERN)) cases.add(m[0].toUpperCase());
  for (const re of ORDER_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const id = m[0].replace(/\s/g, '').toUpperCase();
      if (!cases.has(id)) orders.add(id);
    }
  }
  for (const m of text.matchAll(NAMED_ORDER)) {
    const digits = m[1].replace(/[\s-]/g, '');
    if (![...orders].some((o) => o.replace(/-/g, '').includes(digits))) orders.add(digits);
  }
  const alone = orders.size + cases.size > 0 && onlyIntroduced(text);
  return { orders: [...orders], cases: [...cases], ...(alone ? { alone: true as const } : {}) };
}

/** Nothing is left of the text but numbers and the words that introduce them. */
function onlyIntroduced(text: string): boolean {
  const rest = text
    .replace(CASE_PATTERN, ' ')
    .replace(NAMED_ORDER, ' ')
    .replace(/\S*\d\S*/g, ' ')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(INTRODUCING, ' ');
  return /^[^a-z]*$/.test(rest);
}
