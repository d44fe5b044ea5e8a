/**
 * How a turn of a multi-turn evaluation conversation is scored: the label the bot's reply carries
 * (from `channelData.triage`) against the label or labels the writer accepts, with the same
 * leniency as `../shared/eval/score_triage.py` (overlapping Help Center topics count as one; a bare
 * request for a human may be walked through the three questions).
 */
import { z } from 'zod';

const TOPIC_GROUPS: readonly (readonly string[])[] = [
  ['order-status', 'shipping-tracking', 'delivery-timelines'],
  ['returns-refunds', 'refund-processing-times'],
];

export const ANY = 'any';

export const evalConversationSchema = z.object({
  id: z.string(),
  now: z.iso.datetime(),
  about: z.string().default(''),
  turns: z
    .array(z.object({ user: z.string().min(1), expected: z.union([z.string(), z.array(z.string()).min(1)]) }))
    .min(1),
});
export type EvalConversation = z.infer<typeof evalConversationSchema>;

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/_/g, '-');

/** The label a reply's triage decision stands for: `answer:<topic>`, `escalate:<category>` or the outcome. */
export function labelOf(
  triage: { outcome?: string | null; topic?: string | null; category?: string | null } | undefined,
): string {
  if (!triage) return 'none';
  const outcome = norm(triage.outcome);
  if (outcome === 'answer') return `answer:${norm(triage.topic)}`;
  if (outcome === 'escalate') return `escalate:${norm(triage.category)}`;
  return outcome;
}

function sameTopic(a: string, b: string): boolean {
  return a === b || TOPIC_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

/** Whether the bot's label satisfies one expected label. */
export function matches(expected: string, got: string): boolean {
  const want = norm(expected);
  if (want === ANY) return true;
  if (want.startsWith('answer:')) {
    if (got.startsWith('answer:') && sameTopic(want.slice(7), got.slice(7))) return true;
    return want === 'answer:contact-support' && (got === 'triage' || got === 'clarify');
  }
  return want === got;
}

/** Whether the bot's label satisfies any of the accepted labels. */
export function turnCorrect(expected: string | string[], got: string): boolean {
  return (Array.isArray(expected) ? expected : [expected]).some((e) => matches(e, got));
}

/** The bucket a turn is counted under in the per-outcome table (its first accepted label's kind). */
export function bucketOf(expected: string | string[]): string {
  const first = norm(Array.isArray(expected) ? expected[0] : expected);
  return first.startsWith('answer:') ? 'answer' : first;
}
