/**
 * What the rule should do with a training example of each intent, in the evaluation's labels
 * (`answer:<id>`, `escalate:<category>`, `calm`, `out_of_scope`, …), so cross-validation can be
 * scored like the evaluation sets. `status` has no single outcome (wait, stalled or the process
 * article depend on dates), so it is left out of that scoring.
 */
import { categoryOf, topicOf } from './intents';

export function expectedOutcome(intent: string): string | null {
  const topic = topicOf(intent);
  if (topic) return `answer:${topic}`;
  if (categoryOf(intent)) return intent;
  switch (intent) {
    case 'calm':
      return 'calm';
    // "Talk to a human" is answered with how support works, or walked through the three questions.
    case 'human':
      return 'answer:contact-support';
    case 'help':
      return 'triage';
    case 'greeting':
    case 'thanks':
    case 'goodbye':
    case 'out_of_scope':
      return 'out_of_scope';
    default:
      return null;
  }
}
