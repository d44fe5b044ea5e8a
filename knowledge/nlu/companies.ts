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

/** Words as written, lower-cased: what a name should still be after the model's normalisation. */
const asWritten = (name: string): string =>
  (name.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|\d+/g) ?? []).join(' ');

/**
 * Why a name cannot be looked for, or null. Spelling repair must leave it as written: "deliveroo"
 * repaired to "delivered" would make every delivered parcel "another company".
 */
export function nameProblem(name: string): string | null {
  const words = wordsOf(name);
  if (words.length === 0) return `"${name}" has no letters or digits`;
  if (words.length > MAX_WORDS) return `"${name}" has more than ${MAX_WORDS} words`;
  const read = words.join(' ');
  if (read !== asWritten(name))
    return `"${name}" reads as "${read}" after spelling repair; add its words to KEEP in knowledge/understand/spelling.ts`;
  return null;
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
    .map((name, i) => ({ name, i, problem: nameProblem(name) }))
    .filter(({ problem }) => problem !== null);
  if (unusable.length > 0)
    throw new KnowledgeError(
      unusable.map(({ i, problem }) => ({ file: shown, field: `companies.${i}`, message: problem! })),
    );
  return companyNames(parsed.data.companies);
}

let defaults: CompanyNames | undefined;
/** The names file under knowledge/, read once per process. */
export function defaultCompanyNames(): CompanyNames {
  defaults ??= loadCompanyNames();
  return defaults;
}
