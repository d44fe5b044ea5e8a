/**
 * Which process a message names, from the lookup table in processes.yml: plain words, matched
 * whole, first entry first. It says nothing about whether the process is running; the model does.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from '../kb/errors';
import type { KnowledgeBase } from '../kb/loader';
import { displayPath, knowledgeDir } from '../kb/paths';

const schema = z.strictObject({
  notDispatchedByUs: z
    .strictObject({
      process: z.string().min(1),
      article: z.string().min(1),
      words: z.array(z.string().min(1)).min(1),
    })
    .optional(),
  /** Words saying a parcel has arrived or been marked delivered: trouble on arrival, not a delivery on its way. */
  arrived: z.array(z.string().min(1)).min(1).optional(),
  /** Words saying a dispute behaves unexpectedly or was decided: trouble, not a review running its course. */
  disputeTrouble: z.array(z.string().min(1)).min(1).optional(),
  /** Words asking what happens next or what to do about a review just opened: a question, not news. */
  askedWhatNext: z.array(z.string().min(1)).min(1).optional(),
  /** Words saying the team already opened a review of the account: a compromise told with them is under review. */
  reviewUnderWay: z.array(z.string().min(1)).min(1).optional(),
  /** Words telling something that happened since that review opened: news for the team. */
  newSinceReview: z.array(z.string().min(1)).min(1).optional(),
  processes: z.array(
    z.strictObject({
      process: z.string().min(1),
      /** Words for a purchase in general: they name nothing new inside a more specific process. */
      generic: z.boolean().default(false),
      /** Said by a seller, the words name this process instead (their own step, e.g. shipping the order). */
      forSellers: z.string().min(1).optional(),
      words: z.array(z.string().min(1)).min(1),
    }),
  ),
});

export interface ProcessFound {
  process: string;
  matched: string;
  generic: boolean;
  /** The process the words name when a seller says them, if the table gives one. */
  forSellers?: string;
}

export interface ProcessLexicon {
  /**
   * The first process whose words occur in the (normalised) text, with the words matched; the
   * warehouse's process never when the order is denied to be the warehouse's (`dispatchDenied`,
   * read from the text unless the caller has read it already).
   */
  find(normalised: string, dispatchDenied?: boolean): ProcessFound | null;
  /** The words that deny Kingston Express dispatched the order, if the text has them. */
  deniesDispatch(normalised: string): string | null;
  /** The Help Center article that trouble on such an order is about, instead of dispatchment. */
  readonly insteadOfDispatch: string | null;
  /** The words saying the parcel has arrived or been marked delivered ("tracking says delivered", "the box had"), if any. */
  arrived(normalised: string): string | null;
  /** The words saying a dispute behaves unexpectedly or was decided ("closed with no decision", "vanished"), if any. */
  disputeTrouble(normalised: string): string | null;
  /** The words asking what happens next or what to do ("what should I do now", "how do I respond"), if any. */
  askedWhatNext(normalised: string): string | null;
  /**
   * The words saying the team already opened a review ("under a security review"), if any, and
   * none telling something new since it opened ("and now they've changed my payout details").
   */
  reviewUnderWay(normalised: string): string | null;
}

export const DEFAULT_PROCESSES_FILE = (): string => path.join(knowledgeDir(), 'nlu', 'processes.yml');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** One alternation of whole words and phrases, compiled once: the words are data, the pattern is ours. */
const wordsPattern = (words: readonly string[]) =>
  new RegExp(`(?<![a-z0-9])(?:${words.map(escape).join('|')})(?![a-z0-9])`);

/** The word lists beside the process table (processes.yml's top-level keys), each optional. */
export interface LexiconWords {
  /** Words denying Kingston Express dispatched the order, and the warehouse's process they rule out. */
  notDispatchedByUs?: { process: string; article: string; words: readonly string[] };
  /** Words saying a parcel has arrived or been marked delivered. */
  arrived?: readonly string[];
  /** Words saying a dispute behaves unexpectedly or was decided. */
  disputeTrouble?: readonly string[];
  /** Words asking what happens next or what to do. */
  askedWhatNext?: readonly string[];
  /** Words saying the team already opened a review of the account. */
  reviewUnderWay?: readonly string[];
  /** Words telling something that happened since the review opened. */
  newSinceReview?: readonly string[];
}

/** The first of `words` in a normalised text, or null; never anything when there is no list. */
function firstOf(words: readonly string[] | undefined): (normalised: string) => string | null {
  const re = words ? wordsPattern(words) : null;
  return (normalised) => re?.exec(normalised)?.[0] ?? null;
}

export function processLexiconFrom(
  entries: { process: string; words: string[]; generic?: boolean; forSellers?: string }[],
  lists: LexiconWords = {},
): ProcessLexicon {
  const { notDispatchedByUs } = lists;
  const compiled = entries.map((e) => ({
    process: e.process,
    generic: e.generic ?? false,
    forSellers: e.forSellers,
    re: wordsPattern(e.words),
  }));
  const deniesDispatch = firstOf(notDispatchedByUs?.words);
  const reviewWords = firstOf(lists.reviewUnderWay);
  const newSince = firstOf(lists.newSinceReview);
  return {
    deniesDispatch,
    arrived: firstOf(lists.arrived),
    disputeTrouble: firstOf(lists.disputeTrouble),
    askedWhatNext: firstOf(lists.askedWhatNext),
    reviewUnderWay: (normalised) => (newSince(normalised) === null ? reviewWords(normalised) : null),
    insteadOfDispatch: notDispatchedByUs?.article ?? null,
    find(normalised, denied = deniesDispatch(normalised) !== null) {
      for (const c of compiled) {
        if (denied && c.process === notDispatchedByUs?.process) continue;
        const m = c.re.exec(normalised);
        if (m)
          return {
            process: c.process,
            matched: m[0],
            generic: c.generic,
            ...(c.forSellers ? { forSellers: c.forSellers } : {}),
          };
      }
      return null;
    },
  };
}

/** The knowledge base's process table: the policy's timelines and the Help Center's articles checked. */
export function processLexiconFor(
  kb: Pick<KnowledgeBase, 'policy' | 'articles'>,
  file: string = DEFAULT_PROCESSES_FILE(),
): ProcessLexicon {
  return loadProcessLexicon(
    new Set(Object.keys(kb.policy.timelines)),
    file,
    new Set(kb.articles.map((a) => a.id)),
  );
}

/**
 * @param known process ids of the policy; a word list for any other id is an error.
 * @throws KnowledgeError naming the file and entry.
 */
export function loadProcessLexicon(
  known: ReadonlySet<string>,
  file: string = DEFAULT_PROCESSES_FILE(),
  /** Help Center article ids, when the caller has them: an unknown `article` is then an error. */
  articles?: ReadonlySet<string>,
): ProcessLexicon {
  const shown = displayPath(file);
  const parsed = schema.safeParse(YAML.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new KnowledgeError(
      parsed.error.issues.map((i) => ({ file: shown, field: i.path.join('.'), message: i.message })),
    );
  const denial = parsed.data.notDispatchedByUs;
  const unknownDenied: { file: string; field: string; message: string }[] = [];
  if (denial && !known.has(denial.process))
    unknownDenied.push({
      file: shown,
      field: 'notDispatchedByUs.process',
      message: `"${denial.process}" is not a timeline in policy.yaml`,
    });
  if (denial && articles && !articles.has(denial.article))
    unknownDenied.push({
      file: shown,
      field: 'notDispatchedByUs.article',
      message: `"${denial.article}" is not a Help Center article`,
    });
  const unknown = parsed.data.processes.flatMap((p, i) =>
    (['process', 'forSellers'] as const)
      .filter((field) => p[field] !== undefined && !known.has(p[field]))
      .map((field) => ({
        file: shown,
        field: `processes.${i}.${field}`,
        message: `"${p[field]}" is not a timeline in policy.yaml`,
      })),
  );
  if (unknown.length + unknownDenied.length > 0) throw new KnowledgeError([...unknownDenied, ...unknown]);
  const { processes, ...lists } = parsed.data;
  return processLexiconFrom(processes, lists);
}
