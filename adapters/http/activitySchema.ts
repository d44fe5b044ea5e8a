import { z } from 'zod';
import { nestsDeeperThan, tooDeepMessage } from './jsonDepth';

/**
 * The inbound activity as our boundary accepts it. botbuilder validates little (a missing
 * `type` makes CloudAdapter reject after the fact), so we check the fields the bot reads and
 * answer 400 naming the field; unknown fields pass through untouched.
 */
export const MAX_TEXT_CHARS = 10_000;

const account = z.looseObject({ id: z.string().min(1).max(512), name: z.string().max(512).optional() });

export const inboundActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  text: z.string().max(MAX_TEXT_CHARS, `must be at most ${MAX_TEXT_CHARS} characters`).optional(),
  // Without these two the adapter cannot address a reply or key the conversation's state.
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().max(2048).optional(),
  from: account.optional(),
  recipient: account.optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(512) }),
  deliveryMode: z.string().max(32).optional(),
  locale: z.string().max(32).optional(),
  localTimezone: z.string().max(64).optional(),
});

/** Describes the first problem with an activity body in one line, or null when it is fine. */
export function activityProblem(body: unknown): string | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'body: expected a JSON object';
  if (nestsDeeperThan(body)) return tooDeepMessage('body');
  const parsed = inboundActivitySchema.safeParse(body);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}
