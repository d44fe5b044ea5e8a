/** A Help Center article: front matter schema and the loaded shape. */
import { z } from 'zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const AUDIENCES = ['buyer', 'seller', 'both'] as const;
export type Audience = (typeof AUDIENCES)[number];
/** The categories a person's report can escalate to (DESIGN: the rule's table). */
export const REPORT_CATEGORIES = ['security', 'dispute-chargeback', 'dispatch', 'stalled'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, { error: `expected ${what}` });

/** Front matter of knowledge/articles/<id>.md. Unknown keys are errors: they are usually typos. */
export const frontMatterSchema = z.strictObject(
  {
    id: z.string({ error: 'expected a kebab-case id' }).regex(KEBAB, { error: 'expected a kebab-case id' }),
    title: nonEmpty('a non-empty title'),
    summary: nonEmpty('a one or two sentence summary'),
    audience: z.enum(AUDIENCES, { error: `expected one of ${AUDIENCES.join(', ')}` }),
    tags: z.array(nonEmpty('a non-empty tag'), { error: 'expected a list of tags' }),
    questions: z
      .array(nonEmpty('a non-empty question'), { error: 'expected a list of example questions' })
      .min(6, { error: 'expected at least 6 example questions' })
      .max(30, { error: 'expected at most 30 example questions' }),
    /**
     * Reports of a problem this article's guidance covers but the rule hands to a person ("I think
     * my account was hacked"), by escalation category. Search reads them like the questions; the
     * intent model learns them as that escalation, not as the article's topic, so the article's
     * own examples never teach the model to answer what the rule escalates.
     */
    reports: z
      .strictObject(
        Object.fromEntries(
          REPORT_CATEGORIES.map((c) => [
            c,
            z.array(nonEmpty('a non-empty report'), { error: 'expected a list of reports' }).optional(),
          ]),
        ) as Record<ReportCategory, z.ZodOptional<z.ZodArray<z.ZodString>>>,
        {
          error: (iss) =>
            iss.code === 'unrecognized_keys'
              ? `unknown category ${iss.keys.join(', ')} (expected ${REPORT_CATEGORIES.join(', ')})`
              : undefined,
        },
      )
      .optional(),
    related: z.array(
      z
        .string({ error: 'expected an article id' })
        .regex(KEBAB, { error: 'expected a kebab-case article id' }),
      { error: 'expected a list of article ids' },
    ),
    updated: z
      .string({ error: 'expected a date YYYY-MM-DD' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' }),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `unknown field(s) ${iss.keys.join(', ')}` : undefined,
  },
);
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A loaded article, placeholders filled from the policy. */
export interface Article extends FrontMatter {
  /** Markdown body, placeholders filled. */
  body: string;
  /** Source file as shown in messages. */
  file: string;
}
