/**
 * Whose account is it: a message about an account, card or wallet of another company ("my PayPal
 * got drained", "my PlayStation account shows games I never bought", "Yahoo says there was a
 * login") is that company's business, and nothing in it ties it to this marketplace; so is a
 * matter the person says outright is not ours ("it's not an order from you"), and so is a message
 * written to another company's social handle ("@asos my return…"). The names
 * and words are data (entities/elsewhere-accounts.yml, plus every name in other-companies.yml);
 * this file only builds the matcher. It is an entity, like an order id: it says whose account the
 * message is about, and the rule (knowledge/rule/decide.ts) decides what that means.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from '../kb/errors';
import { displayPath, knowledgeDir } from '../kb/paths';
import { toIssues } from '../kb/zodIssues';
import { defaultCompanyNames, nameProblem } from './companies';
import { HANDLE, normalise } from '../understand/normalise';
import { WORD } from './tokens';

export const DEFAULT_ELSEWHERE_FILE = (): string =>
  path.join(knowledgeDir(), 'nlu', 'entities', 'elsewhere-accounts.yml');

const words = z.array(z.string().trim().toLowerCase().min(1)).min(1);
const fileSchema = z.object({
  names: words,
  owners: words,
  account_words: words,
  speaking_words: words,
  ours: words,
  named_here: words,
  disowned: words,
});
export type ElsewhereAccountsData = z.infer<typeof fileSchema>;

export interface AccountReading {
  /** The words naming another company's account ("my revolut"), or null when there are none or the message is also ours. */
  elsewhere: string | null;
  /** Whether the message names this marketplace outright ("kingston", "on here", "your site"). */
  namesUs: boolean;
  /** Words saying outright the matter is not ours ("not an order from you"), or null. */
  disowned: string | null;
  /** Another company's social handle the message is written to ("@asos my return…"), or null when one names us. */
  addressed: string | null;
}

export interface ElsewhereAccounts {
  /** Whose account the message is about, read from its words once; `raw`, as typed, holds its handles. */
  read(normalised: string, raw?: string): AccountReading;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Longest first, so "bank of america" wins over a shorter name inside it. */
const alternation = (xs: readonly string[]): string =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
/** Word edges that also hold around names such as "h&m" or "disney+". */
const edged = (alt: string): string => `(?<![a-z0-9])(?:${alt})(?![a-z0-9])`;

export function elsewhereAccounts(
  data: ElsewhereAccountsData,
  companies: readonly string[],
): ElsewhereAccounts {
  const names = alternation([...data.names, ...companies]);
  const accountWords = edged(alternation(data.account_words));
  const owned = new RegExp(
    [
      // The account word after an owned name goes with it ("my ebay seller account"), so its words
      // are not read as ours.
      `${edged(alternation(data.owners))}\\s+(?:own\\s+)?${edged(names)}(?:\\s+${accountWords})?`,
      `${edged(names)}\\s+${accountWords}`,
      `${edged(names)}\\s+${edged(alternation(data.speaking_words))}`,
    ].join('|'),
    'g',
  );
  const ours = new RegExp(edged(alternation(data.ours)));
  const here = new RegExp(edged(alternation(data.named_here)));
  const disowned = new RegExp(edged(alternation(data.disowned)));
  const nameFirst = new RegExp(`^${edged(names)}`);
  /**
   * "@AmazonHelp my Prime order…", "@asos my return…": a message written to another company's
   * handle is that company's matter, whatever our words it uses, unless a handle names us.
   */
  const addressedTo = (raw: string | undefined): string | null => {
    let other: string | null = null;
    for (const m of raw?.matchAll(HANDLE) ?? []) {
      // Normalised as any message is: the handle read as its words ("@AmazonHelp" → "amazon help").
      const handle = (normalise(m[0]).match(WORD) ?? []).join(' ');
      if (here.test(handle)) return null;
      if (other === null && nameFirst.test(handle)) other = m[0];
    }
    return other;
  };
  return {
    read(normalised, raw) {
      // Words only, as the model reads them, so "H&M" and "h m" are one name.
      const text = (normalised.match(WORD) ?? []).join(' ');
      const disowning = disowned.exec(text)?.[0] ?? null;
      // "not on kingston" names us only to say it is not ours.
      const namesUs = here.test(disowning ? text.replace(disowning, ' ') : text);
      const found = text.match(owned);
      // "my steam account" must not read as "my account": the company's own phrases go first.
      const elsewhere = found && !ours.test(text.replace(owned, ' ')) ? found[0] : null;
      return { elsewhere, namesUs, disowned: disowning, addressed: addressedTo(raw) };
    },
  };
}

/**
 * Reads the file; the other companies' names join its own.
 * @throws KnowledgeError naming the file and field.
 */
export function loadElsewhereAccounts(file: string = DEFAULT_ELSEWHERE_FILE()): ElsewhereAccounts {
  const shown = displayPath(file);
  const parsed = fileSchema.safeParse(YAML.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new KnowledgeError(toIssues(shown, parsed.error));
  const unusable = parsed.data.names
    .map((name, i) => ({ i, problem: nameProblem(name) }))
    .filter(({ problem }) => problem !== null);
  if (unusable.length > 0)
    throw new KnowledgeError(
      unusable.map(({ i, problem }) => ({ file: shown, field: `names.${i}`, message: problem! })),
    );
  return elsewhereAccounts(parsed.data, defaultCompanyNames().names);
}

let defaults: ElsewhereAccounts | undefined;
/** The file under knowledge/, read once per process. */
export function defaultElsewhereAccounts(): ElsewhereAccounts {
  defaults ??= loadElsewhereAccounts();
  return defaults;
}
