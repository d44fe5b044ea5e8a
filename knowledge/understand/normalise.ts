/** Text normalisation shared by every cue: one pass, memoised spelling repair. */
import { KEEP, SHORTHAND, SPELLING_VOCABULARY } from './spelling';

const VOCAB = new Set<string>(SPELLING_VOCABULARY);
const VOCAB_LIST = [...VOCAB];
/** Misspelt token → repaired token; shared across calls because people repeat the same words. */
const repaired = new Map<string, string>();

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length][b.length];
}

function repair(token: string): string {
  const short = SHORTHAND[token];
  if (short) return short;
  if (token.length < 4 || VOCAB.has(token) || KEEP.has(token) || /\d/.test(token)) return token;
  // Inflections of a known word ("changed", "purchases") are words, not typos.
  const stem = token.replace(/(?:ing|ed|es|s)$/, '');
  if (VOCAB.has(stem) || VOCAB.has(`${stem}e`)) return token;
  const cached = repaired.get(token);
  if (cached !== undefined) return cached;
  const max = token.length >= 9 ? 2 : 1;
  let found: string | null = null;
  let best = max + 1;
  let ambiguous = false;
  for (const word of VOCAB_LIST) {
    // A different first letter is rarely a typo of a support word and cuts most candidates.
    if (word[0] !== token[0]) continue;
    const d = editDistance(token, word, max);
    if (d > max) continue;
    if (d < best) {
      ambiguous = found !== null && found.slice(0, 4) !== word.slice(0, 4) && d === best;
      found = word;
      best = d;
    } else if (d === best && found && found.slice(0, 4) !== word.slice(0, 4)) {
      // Two different words are equally near ("carge": charge or cargo?): leave it as typed.
      ambiguous = true;
    } else if (d === best && found && word.length > found.length) {
      // Same stem at the same distance ("orderd": order, ordered): the longer form kept the typed letters.
      found = word;
    }
  }
  const out = found && !ambiguous ? found : token;
  repaired.set(token, out);
  return out;
}

/** A social handle, "@AmazonHelp"; not the middle of an email address. */
export const HANDLE = /(?<![\w.])@([A-Za-z][A-Za-z0-9_]{1,40})/g;

/**
 * What people put around a brand's name in its social handle: "@AmazonHelp", "@AskPayPal",
 * "@Santander_UK", "@team_steam": capitalised or after an underscore.
 */
const PREFIXES = 'ask|team|hey|hi|the';
const SUFFIXES =
  'help|helps|support|cares?|service|customercare|customerservice|app|uk|usa?|ie|au|ca|official|team|news|hq';
const capitalOf = (alternation: string) => alternation.replace(/\b[a-z]/g, (c) => c.toUpperCase());
const HANDLE_AFFIXES = [
  new RegExp(`^(?:${capitalOf(PREFIXES)})(?=[A-Z])`),
  new RegExp(`^(?:${PREFIXES})_`, 'i'),
  new RegExp(`_(?:${SUFFIXES})$`, 'i'),
  // "App" only after an underscore: "@WhatsApp" is a name of its own.
  new RegExp(`(?<=[a-z0-9])(?:${capitalOf(SUFFIXES.replace('app|', ''))}|UK|USA?|IE|AU|CA|HQ)$`),
];

/**
 * A social handle as the words it is made of: "@VirginMedia" → "virgin media", "@AmazonHelp" →
 * "amazon help", "@Santander_UK" → "santander uk". Camel case splits only between a part of six
 * letters or more and one of four or more, so a brand written in camel case ("@PayPal",
 * "@YouTube", "@HelloFresh", "@PlayStation") stays whole.
 */
function handleWords(handle: string): string {
  let core = handle;
  const affixes: string[] = [];
  for (const affix of HANDLE_AFFIXES) {
    const m = affix.exec(core);
    if (!m || m[0].length === core.length) continue;
    affixes.push(m[0].replace(/_/g, ''));
    core = m.index === 0 ? core.slice(m[0].length) : core.slice(0, m.index);
  }
  const words = core
    .replace(/_+/g, ' ')
    .replace(/([a-z]{5,})(?=[A-Z][a-z]{3,})/g, '$1 ')
    .trim();
  return [words, ...affixes].join(' ');
}

/**
 * Social handles split into their words, lower case, Unicode compatibility forms folded
 * ("𝓬𝓪𝓷𝓬𝓮𝓵" → "cancel"), curly quotes straightened, whitespace collapsed, prices' decimal points
 * made commas ("49.99" → "49,99"), shorthand expanded and support words' misspellings repaired.
 */
export function normalise(text: string): string {
  const folded = text
    .normalize('NFKC')
    // Before lower case: a handle's capitals say where its words meet.
    .replace(HANDLE, (_, handle: string) => handleWords(handle))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    // A price's decimal point ("£49.99") is not the end of a sentence for the cues.
    .replace(/(?<![\d.])(\d+)\.(\d{2})(?![\d.])/g, '$1,$2')
    .trim();
  return folded.replace(/[a-z']+/g, (tok) => {
    const bare = tok.replace(/^'+|'+$/g, '');
    return bare ? tok.replace(bare, repair(bare)) : tok;
  });
}
