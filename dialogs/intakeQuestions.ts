/**
 * The intake's questions in one place: the intake asks them, and the router asks the same one
 * again after acknowledging a feeling vented instead of an answer.
 */
import type { IntakeField, PendingQuestion } from '../knowledge/conversation';
import { BUTTONS } from './replies';

export const QUESTIONS: Record<IntakeField, { text: string; buttons: string[] }> = {
  caseId: { text: 'What is the order or case number? If there is none, say "none".', buttons: ['None'] },
  whatHappened: { text: 'In a sentence or two, what happened?', buttons: [] },
  when: {
    text: 'When did it happen or start? (for example "yesterday" or "12 November")',
    buttons: ["I'm not sure"],
  },
  alreadyTried: { text: 'What have you already tried, if anything?', buttons: ['Nothing yet'] },
  contact: {
    text: 'How should our team reach you? Stay in this chat, or type an email address or phone number.',
    buttons: ['This chat'],
  },
};

/** The handover's question still waiting (an intake field, or the go-ahead), or null for any other. */
export function handoverQuestion(pending: PendingQuestion): { text: string; buttons: string[] } | null {
  if (pending.kind === 'intake') return QUESTIONS[pending.field];
  if (pending.kind === 'confirm_ticket')
    return { text: 'Shall I send it to our team now?', buttons: [BUTTONS.yes, BUTTONS.no] };
  return null;
}
