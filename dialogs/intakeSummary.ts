import type { Assistant } from '../knowledge/assistant/types';
import type { ConversationMemory, IntakeAnswers } from '../knowledge/conversation';
import type { Category } from '../knowledge/types';

/** "Here's what I'll send": what the ticket will say, in the person's words and dates. */
export function intakeSummary(
  assistant: Assistant,
  category: Category,
  memory: ConversationMemory,
  answers: IntakeAnswers,
): string {
  const when = memory.startedAt
    ? `${memory.startApproximate ? 'about ' : ''}${assistant.formatDate(new Date(memory.startedAt), memory.timeZone)}`
    : (answers.whenSaid ?? 'not given');
  const contact = memory.contact ?? { method: 'chat' as const };
  const lines = [
    `**Team:** ${assistant.categoryLabel(category)}`,
    `**Order or case:** ${memory.caseId ?? 'none'}`,
    `**What happened:** ${answers.whatHappened ?? memory.whatHappened ?? ''}`,
    `**When:** ${when}`,
    `**Already tried:** ${answers.alreadyTried ?? 'nothing yet'}`,
    `**Contact:** ${contact.method === 'chat' ? 'this chat' : `${contact.method} ${contact.value}`}`,
  ];
  return lines.join('\n\n');
}
