/** Validation shared by the lead's record stores (feedback, unanswered questions). */
import { z } from 'zod';

/** A Date that holds a real instant (not `new Date('nonsense')`). */
export const validDate = z.date().refine((d) => !Number.isNaN(d.getTime()), 'expected a valid date');

/** `list(limit, { since })`: how many rows, newest first, and from when. */
export const listOptionsSchema = z.object({
  limit: z.number().int().nonnegative(),
  since: validDate.optional(),
});

/** Parses `value`, or throws an error naming `<store>.<field>` and what is wrong with it. */
export function parseOrThrow<S extends z.ZodType>(store: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${store}.${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
