/** The dialogs' names for the knowledge layer's reply readers (knowledge/conversation/words.ts). */
import { confirmationOf, yesNo } from '../knowledge/conversation';

export { yesNo };

/**
 * A deliberate "yes, send it" for a confirmation that opens a ticket ("yes please, quickly",
 * "go ahead"): a stray "thanks" never files a request.
 */
export function confirmed(text: string | undefined): boolean {
  return confirmationOf(text) === true;
}
