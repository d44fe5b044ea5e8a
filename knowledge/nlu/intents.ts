/**
 * The intents the model tells apart. A Help Center question is `topic:<article-id>`; the four
 * escalation categories are `escalate:<category>`; the rest say what the rule does with them.
 */
import { CATEGORIES, type Category } from '../types';

export const FIXED_INTENTS = [
  ...CATEGORIES.map((c) => `escalate:${c}` as const),
  /** Inside a running process, asking where it is; the timeline decides wait or stalled. */
  'status',
  /** Frustration, urgency or repetition with nothing new. */
  'calm',
  /** "Talk to a human" and nothing else: the three-question walk-through. */
  'human',
  /** "I need help" and nothing else. */
  'help',
  'greeting',
  'thanks',
  'goodbye',
  'out_of_scope',
] as const;

export type Intent = `topic:${string}` | (typeof FIXED_INTENTS)[number];

const TOPIC = 'topic:';
const ESCALATE = 'escalate:';

export const topicOf = (intent: string): string | null =>
  intent.startsWith(TOPIC) ? intent.slice(TOPIC.length) : null;

export const categoryOf = (intent: string): Category | null => {
  if (!intent.startsWith(ESCALATE)) return null;
  const c = intent.slice(ESCALATE.length);
  return (CATEGORIES as readonly string[]).includes(c) ? (c as Category) : null;
};

/** Every valid intent name for a Help Center with these article ids. */
export function intentNames(articleIds: Iterable<string>): Set<string> {
  return new Set<string>([...FIXED_INTENTS, ...[...articleIds].map((id) => `${TOPIC}${id}`)]);
}
