/**
 * The words people use instead of pressing a button or filling in a form
 * (knowledge/conversation/phrasings.yaml), validated and read once on first use. A support lead
 * adds a phrasing to the YAML without touching the parsers in words.ts; every list is covered by
 * the tests in test/knowledge/conversation/words.test.ts.
 */
import path from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from '../kb/errors';
import { displayPath, knowledgeDir } from '../kb/paths';
import { readValidatedYaml } from '../kb/yamlFile';

/** Written as the message is matched: lower-case words and digits, single spaces, no punctuation. */
const phrase = z
  .string()
  .regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'expected lower-case words and digits separated by single spaces');
const phrases = z.array(phrase).min(1);

export const phrasingsSchema = z.strictObject({
  fillers: phrases,
  cancel: phrases,
  confirmYes: phrases,
  confirmNo: phrases,
  statusFollowUps: phrases,
  askingAfter: phrases,
  followUpOpeners: phrases,
  ownQuestionWords: phrases,
  shortFollowUpOpeners: phrases,
  shortFollowUpWords: z.number().int().min(1).max(20),
  corrections: phrases,
  backReferences: phrases,
  pushback: phrases,
  admissions: phrases,
  asides: phrases,
  actionQuestions: phrases,
  whenOrWhy: phrases,
  anotherCase: phrases,
  sellerStepDone: phrases,
  /**
   * Words that say which side the person is on; `saidOutright` ("I'm the buyer on this one") outweighs
   * words that only lean one way ("the buyer", "my order").
   */
  roles: z.strictObject({
    seller: phrases,
    buyer: phrases,
    saidOutright: z.strictObject({ seller: phrases, buyer: phrases }),
  }),
  /** A buyers' article → the seller's own, for someone who said they sell (article ids; kb:check checks them). */
  sellerAnswers: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().regex(/^[a-z0-9-]+$/)),
  dispatched: z.strictObject({ yes: phrases }),
});

export type Phrasings = z.infer<typeof phrasingsSchema>;

export function defaultPhrasingsFile(): string {
  return path.join(knowledgeDir(), 'conversation', 'phrasings.yaml');
}

/** Reads and validates the file. @throws KnowledgeError naming the file and field. */
export function loadPhrasings(file: string = defaultPhrasingsFile()): Phrasings {
  return readValidatedYaml(file, 'the conversation phrasings', phrasingsSchema);
}

let cached: Phrasings | undefined;
/** The repository's phrasings, read once on first use (never at import). */
export function phrasings(): Phrasings {
  cached ??= loadPhrasings();
  return cached;
}

/**
 * The article ids the phrasings name (sellerAnswers) are articles of the knowledge base.
 * @throws KnowledgeError naming the file and each entry that is not.
 */
export function checkArticleIds(
  p: Phrasings,
  articleIds: ReadonlySet<string>,
  file = defaultPhrasingsFile(),
): void {
  const issues = Object.entries(p.sellerAnswers).flatMap(([from, to]) =>
    [from, to]
      .filter((id) => !articleIds.has(id))
      .map((id) => ({
        file: displayPath(file),
        field: `sellerAnswers.${from}`,
        message: `"${id}" is not an article in knowledge/articles`,
      })),
  );
  if (issues.length > 0) throw new KnowledgeError(issues);
}
