/**
 * "Mentions another company": one feature for every name in entities/other-companies.yml, so a
 * company the phrasings never name still counts like those they do ("my Temu refund" reads as
 * another shop's refund, not ours). A support lead adds a name by editing the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from '../kb/errors';
import { displayPath, knowledgeDir } from '../kb/paths';
import { toIssues } from '../kb/zodIssues';
import { wordsOf } from './tokens';

export const DEFAULT_COMPANIES_FILE = (): string =>
  path.join(knowledgeDir(), 'nlu', 'entities', 'other-companies.yml');

const fileSchema = z.object({ companies: z.array(z.string().min(1)).min(1) });

/** The longest name, in words, that a mention is looked for with. */
const MAX_WORDS = 3;

export interface CompanyNames {
  /** Each name as the model's words see it ("h&m" → "h m"), for the cache key. */
  readonly names: readonly string[];
  /** True when the words contain one of the names. */
  mentionedIn(words: readonly string[]): boolean;
}

export function companyNames(names: readonly string[]): CompanyNames {
  const normalised = [...new Set(names.map((n) => wordsOf(n).join(' ')).filter(Boolean))].sort();
  const set = new Set(normalised);
  return {
    names: normalised,
    mentionedIn(words) {
      for (let i = 0; i < words.length; i++) {
        let phrase = '';
        for (let n = 0; n < MAX_WORDS && i + n < words.length; n++) {
          phrase = n === 0 ? words[i] : `${phrase} ${words[i + n]}`;
          if (set.has(phrase)) return true;
        }
      }
      return false;
    },
  };
}

/**
 * Reads the names file.
 * @throws KnowledgeError naming the file and entry.
 */
export function loadCompanyNames(file: string = DEFAULT_COMPANIES_FILE()): CompanyNames {
  const shown = displayPath(file);
  const parsed = fileSchema.safeParse(YAML.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new KnowledgeError(toIssues(shown, parsed.error));
  const unusable = parsed.data.companies
    .map((name, i) => ({ name, i, words: wordsOf(name).length }))
    .filter(({ words }) => words === 0 || words > MAX_WORDS);
  if (unusable.length > 0)
    throw new KnowledgeError(
      unusable.map(({ name, i, words }) => ({
        file: shown,
        field: `companies.${i}`,
        message:
          words === 0 ? `"${name}" has no letters or digits` : `"${name}" has more than ${MAX_WORDS} words`,
      })),
    );
  return companyNames(parsed.data.companies);
}

let defaults: CompanyNames | undefined;
/** The names file under knowledge/, read once per process. */
export function defaultCompanyNames(): CompanyNames {
  defaults ??= loadCompanyNames();
  return defaults;
}
