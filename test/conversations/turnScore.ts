/**
 * How a turn of a multi-turn evaluation conversation is scored: the label the bot's reply carries
 * (from `channelData.triage`) against the label or labels the writer accepts, judged by the
 * project's scorer (knowledge/triage/score.ts, `../shared/eval/score_triage.py`'s rules: overlapping
 * Help Center topics count as one; a bare request for a human may be walked through).
 */
import { z } from 'zod';
import { isCorrect, labelOf as scoreLabelOf, type Prediction } from '../../knowledge/triage/score';

export const ANY = 'any';

export const evalConversationSchema = z.object({
  id: z.string(),
  now: z.iso.datetime({ offset: true }),
  about: z.string().default(''),
  turns: z
    .array(z.object({ user: z.string().min(1), expected: z.union([z.string(), z.array(z.string()).min(1)]) }))
    .min(1),
});
export type EvalConversation = z.infer<typeof evalConversationSchema>;

/** The label a reply's triage decision stands for: `answer:<topic>`, `escalate:<category>` or the outcome. */
export function labelOf(triage: Prediction | undefined): string {
  return triage ? scoreLabelOf(triage) : 'none';
}

/** The decision a label stands for, so the project's scorer (knowledge/triage/score.ts) can judge it. */
function predictionOf(label: string): Prediction {
  const [outcome, detail = null] = label.split(/:(.*)/);
  if (outcome === 'answer') return { outcome, topic: detail };
  if (outcome === 'escalate') return { outcome, category: detail };
  return { outcome: label };
}

/** Whether the bot's label satisfies one expected label. */
export function matches(expected: string, got: string): boolean {
  return expected.trim().toLowerCase() === ANY || isCorrect(expected, predictionOf(got));
}

/** Whether the bot's label satisfies any of the accepted labels. */
export function turnCorrect(expected: string | string[], got: string): boolean {
  return (Array.isArray(expected) ? expected : [expected]).some((e) => matches(e, got));
}

/** The bucket a turn is counted under in the per-outcome table (its first accepted label's kind). */
export function bucketOf(expected: string | string[]): string {
  const first = (Array.isArray(expected) ? expected[0] : expected).trim().toLowerCase().replace(/_/g, '-');
  return first.startsWith('answer:') ? 'answer' : first;
}
