import { z } from 'zod';

/** Field size caps: generous for Web Chat (2000-character messages, small card submissions). */
const MAX_TEXT = 10_000;
const record = z.record(z.string(), z.unknown());

/**
 * An activity as a Direct Line client may post it. `z.object` strips unknown keys: what the
 * client says about `from`, `recipient`, `serviceUrl` or ids is replaced by the server.
 */
export const postedActivitySchema = z.object({
  type: z.string().min(1).max(64),
  name: z.string().max(256).optional(),
  text: z.string().max(MAX_TEXT).optional(),
  textFormat: z.enum(['markdown', 'plain', 'xml']).optional(),
  value: z.unknown().optional(),
  channelData: record.optional(),
  attachments: z
    .array(
      z.looseObject({
        contentType: z.string().max(256),
        contentUrl: z.string().max(2048).optional(),
        name: z.string().max(256).optional(),
      }),
    )
    .max(20)
    .optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(128) }))
    .max(50)
    .optional(),
  locale: z.string().max(32).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  from: z.object({ name: z.string().max(256).optional() }).optional(),
});
export type PostedActivity = z.infer<typeof postedActivitySchema>;

/** Start body from DirectLineJS: `{user: {id}, locale}`, both optional. */
export const startBodySchema = z
  .object({
    user: z.object({ id: z.string().max(256).optional(), name: z.string().max(256).optional() }).optional(),
    locale: z.string().max(32).optional(),
  })
  .optional();

/** tokens/generate: an optional `dl_` user to bind (other ids are ignored by the clients anyway). */
export const generateBodySchema = z
  .object({
    user: z
      .object({
        id: z
          .string()
          .regex(/^dl_[\w-]{1,128}$/)
          .optional(),
        name: z.string().max(256).optional(),
      })
      .optional(),
  })
  .optional();

/** Empty, missing or unparsable means 0 (directline.md §5). */
export function parseWatermark(raw: string | null | undefined): number {
  if (!raw || !/^\d{1,15}$/.test(raw)) return 0;
  return Number(raw);
}

/** The first zod issue as "field: message", for 400 bodies. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}
