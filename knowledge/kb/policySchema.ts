/** The policy file (knowledge/policy/policy.yaml): schema, type and loader. */
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CATEGORIES } from '../types';
import { KnowledgeError } from './errors';
import { displayPath } from './paths';
import { toIssues } from './zodIssues';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An escalation category named by a timeline (noticeEscalates, reviewOf, overdueEscalates). */
const category = z.enum(CATEGORIES, { error: `expected one of ${CATEGORIES.join(', ')}` });
const isoWeekday = z
  .number({ error: 'expected an ISO weekday number 1-7' })
  .int({ error: 'expected an ISO weekday number 1-7' })
  .min(1, { error: 'expected an ISO weekday number 1-7' })
  .max(7, { error: 'expected an ISO weekday number 1-7' });
const text = z
  .string({ error: 'expected a non-empty text' })
  .trim()
  .min(1, { error: 'expected a non-empty text' });
const clock = z.string({ error: 'expected a time HH:MM' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  error: 'expected a time HH:MM',
});
const isoDate = z
  .string({ error: 'expected a date YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

/** Units a timeline can be counted in; business days skip the weekend and holidays. */
export const DURATION_UNITS = ['business_days', 'calendar_days', 'hours'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const durationSchema = z.object({
  amount: z.number({ error: 'expected a positive number' }).positive({ error: 'expected a positive number' }),
  unit: z.enum(DURATION_UNITS, { error: `expected one of ${DURATION_UNITS.join(', ')}` }),
});
export type Duration = z.infer<typeof durationSchema>;

export const timelineSchema = z.object({
  label: text,
  duration: durationSchema,
  startsWhen: text,
  next: text,
  /** Help Center article that explains this process; checked against the articles by the KB loader. */
  article: z
    .string({ error: 'expected an article id' })
    .regex(KEBAB, { error: 'expected a kebab-case article id' }),
  /**
   * The seller carries this step out (inspects the return, ships the order, answers a cancellation):
   * a seller asking about it is answered from this article, never told to wait on themselves.
   */
  sellerArticle: z
    .string({ error: 'expected an article id' })
    .regex(KEBAB, { error: 'expected a kebab-case article id' })
    .optional(),
  /**
   * The process starts with a notice the rule hands to a person (a chargeback notification): a
   * person telling that notice, asking nothing and not waiting on it, is escalated in this category.
   */
  noticeEscalates: category.optional(),
  /**
   * The process is the review of this category's cases (a dispute review): told dated and with none
   * of processes.yml's `disputeTrouble` words, it is running its course, and its timeline decides,
   * however surely the model hears the category.
   */
  reviewOf: category.optional(),
  /**
   * Past its timeline, the case goes to this category's team rather than to stalled cases: a parcel
   * Kingston Express carries that is late is dispatchment's responsibility (rule question 3).
   */
  overdueEscalates: category.optional(),
});
export type Timeline = z.infer<typeof timelineSchema>;

export const categorySchema = z.object({
  label: text,
  priority: z.enum(['urgent', 'high', 'normal', 'low'], {
    error: 'expected one of urgent, high, normal, low',
  }),
  rank: z.number({ error: 'expected a number' }).int({ error: 'expected an integer' }),
  description: text,
  /**
   * Help Center articles about this kind of case (and about reaching the team): after an
   * escalation, a message about one of them stays with the case instead of starting a new subject.
   */
  articles: z.array(z.string().regex(KEBAB, { error: 'expected a kebab-case article id' })).default([]),
});
export type CategoryPolicy = z.infer<typeof categorySchema>;

const categoriesShape = Object.fromEntries(CATEGORIES.map((c) => [c, categorySchema])) as Record<
  (typeof CATEGORIES)[number],
  typeof categorySchema
>;

export const policySchema = z.object({
  calendar: z.object({
    timeZone: text,
    weekend: z.array(isoWeekday),
    holidays: z.array(isoDate),
  }),
  timelines: z.record(
    z.string().regex(KEBAB, { error: 'expected a kebab-case timeline id' }),
    timelineSchema,
  ),
  categories: z.object(categoriesShape),
  supportHours: z.object({ days: z.array(isoWeekday).min(1), open: clock, close: clock }),
  /**
   * Help Center articles whose subject takes in another company's account or card (paying with a
   * PayPal account, payouts to a Revolut account): a question naming such an account is answered
   * from them. Any other answer to a question about another company's own account is not ours.
   */
  otherAccountArticles: z
    .array(z.string().regex(KEBAB, { error: 'expected a kebab-case article id' }))
    .default([]),
});

/** The marketplace's policy data: support calendar, process timelines, escalation categories. */
export type Policy = z.infer<typeof policySchema>;

/**
 * Reads and validates a policy file.
 * @throws KnowledgeError naming the file and each bad field, e.g.
 *   `knowledge/policy/policy.yaml: timelines.refund-processing.duration.amount: expected a positive number`
 */
export function loadPolicy(file: string): Policy {
  const shown = displayPath(file);
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KnowledgeError([{ file: shown, message: `cannot read policy: ${(err as Error).message}` }]);
  }
  return parsePolicy(raw, shown);
}

/** Validates already-parsed policy data; `file` is only used in error messages. */
export function parsePolicy(raw: unknown, file = 'policy.yaml'): Policy {
  const result = policySchema.safeParse(raw);
  if (!result.success) throw new KnowledgeError(toIssues(file, result.error));
  const tz = result.data.calendar.timeZone;
  if (!isValidTimeZone(tz)) {
    throw new KnowledgeError([{ file, field: 'calendar.timeZone', message: `unknown time zone "${tz}"` }]);
  }
  return result.data;
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
