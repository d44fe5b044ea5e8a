/** What the insights API accepts: the report's time window and the "mark handled" body. */
import { z } from 'zod';
import { MAX_HANDLED_IDS, MAX_HANDLED_NOTE } from '../storage/unanswered';

/** The report's window when `days` is not given. */
export const DEFAULT_DAYS = 30;
/** The longest window: a year of questions is plenty for one screen. */
export const MAX_DAYS = 365;

const days = z
  .string()
  .regex(/^\d{1,4}$/, 'days must be a whole number')
  .transform(Number)
  .pipe(z.number().int().min(1, 'days must be at least 1').max(MAX_DAYS, `days must be at most ${MAX_DAYS}`));

/** `GET /agent/api/insights?days=30`: query parameters, as strings. */
export const insightsQuerySchema = z
  .object({ days: days.optional() })
  .transform((q) => ({ days: q.days ?? DEFAULT_DAYS }));

/** `POST /agent/api/insights/unanswered/handled`. */
export const handledBodySchema = z.object(
  {
    ids: z
      .array(z.number().int().positive(), 'ids must be a list of question ids')
      .min(1, 'ids must name at least one question')
      .max(MAX_HANDLED_IDS, `ids may name at most ${MAX_HANDLED_IDS} questions`),
    note: z
      .string('note is required')
      .trim()
      .min(1, 'note is required')
      .max(MAX_HANDLED_NOTE, `note may be at most ${MAX_HANDLED_NOTE} characters`),
  },
  'expected a JSON object with ids and note',
);

/** The field a zod error is about, for a 400 body: `days`, `ids`, `note`, or `body`. */
export function fieldOf(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  return { field: String(issue?.path[0] ?? 'body'), message: issue?.message ?? 'invalid' };
}
