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

/**
 * Lower case, Unicode compatibility forms folded ("𝓬𝓪𝓷𝓬𝓮𝓵" → "cancel"), curly quotes
 * straightened, whitespace collapsed, prices' decimal points made commas ("49.99" → "49,99"),
 * shorthand expanded and support words' misspellings repaired.
 */
export function normalise(text: string): string {
  const folded = text
    .normalize('NFKC')
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
