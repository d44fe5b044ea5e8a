/** What the dashboard API accepts: the period in days, an optional channel, and the table to export. */
import { z } from 'zod';
import { TABLE_NAMES } from '../../knowledge/insights/dashboardTables';
import { DEFAULT_DAYS, MAX_DAYS } from '../insights/schemas';

const days = z
  .string()
  .regex(/^\d{1,4}$/, 'days must be a whole number')
  .transform(Number)
  .pipe(z.number().int().min(1, 'days must be at least 1').max(MAX_DAYS, `days must be at most ${MAX_DAYS}`));

/** Channel ids are short slugs (directline, msteams, webchat); "all" or nothing means every channel. */
const channel = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'channel must be a channel id such as directline or msteams')
  .optional()
  .transform((c) => (c === undefined || c === 'all' ? null : c));

/** `GET /agent/api/dashboard?days=30&channel=msteams`: query parameters, as strings. */
export const dashboardQuerySchema = z
  .object({ days: days.optional(), channel })
  .transform((q) => ({ days: q.days ?? DEFAULT_DAYS, channel: q.channel }));

/** `GET /agent/api/dashboard.csv?table=escalations&…`. */
export const csvQuerySchema = z
  .object({
    table: z.enum(TABLE_NAMES, `table must be one of ${TABLE_NAMES.join(', ')}`),
    days: days.optional(),
    channel,
  })
  .transform((q) => ({ table: q.table, days: q.days ?? DEFAULT_DAYS, channel: q.channel }));

export type DashboardQuery = z.output<typeof dashboardQuerySchema>;
