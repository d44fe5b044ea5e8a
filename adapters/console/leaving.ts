/**
 * Leaving the terminal chat: `quit` or `exit` leaves at once when nothing is under way; when a
 * ticket is open or the bot waits on an answer, it first says so and how to leave anyway (the
 * same word again, or Ctrl+D), so nobody walks away from a handoff by a reflex. Pure.
 */

/** What the prompt shows, so the way out is always on screen. */
export const PROMPT = '(quit to leave) > ';

/** A line that asks to leave: `quit` or `exit`, in any case, with a slash or a full stop if typed. */
export function isLeaveCommand(line: string): boolean {
  return /^\/?(quit|exit)[.!]?$/i.test(line.trim());
}

/** One open ticket of the conversation, as the terminal needs to name it. */
export interface OpenTicket {
  ticketId: string;
  status: 'pending' | 'assigned';
  /** The team, in words ("Disputes and chargebacks"). */
  team: string;
  agentName?: string;
}

/** The question the bot waits on (knowledge/conversation's PendingQuestion kinds and intake fields). */
export interface WaitingQuestion {
  kind: string;
  field?: string;
}

/** What is under way in the conversation. */
export interface InProgress {
  tickets: OpenTicket[];
  question?: WaitingQuestion;
}

const INTAKE_FIELD_WORDS: Record<string, string> = {
  caseId: 'the order or case number',
  whatHappened: 'what happened',
  when: 'when it started',
  alreadyTried: 'what you have tried',
  contact: 'how to reach you',
};

/** Each thing under way, as a sentence for the person. Empty when nothing is. */
export function describeInProgress(p: InProgress): string[] {
  const lines = p.tickets.map((t) =>
    t.status === 'assigned'
      ? `${t.agentName ?? 'A support agent'} is talking with you about ticket ${t.ticketId} (${t.team}).`
      : `Ticket ${t.ticketId} (${t.team}) is waiting for a support agent.`,
  );
  const question = p.question ? describeQuestion(p.question) : undefined;
  if (question) lines.push(question);
  return lines;
}

function describeQuestion(q: WaitingQuestion): string | undefined {
  switch (q.kind) {
    case 'case_or_date':
      return 'I asked for your order or case number, or when it started, to check where it stands.';
    case 'intake':
      return `I am collecting the details for our team and asked for ${INTAKE_FIELD_WORDS[q.field ?? ''] ?? 'one more detail'}.`;
    case 'confirm_ticket':
      return 'Your request is ready and I asked whether to send it to our team.';
    case 'walkthrough':
      return 'We are in the middle of the three questions that decide whether a person should step in.';
    default:
      // "Did this answer your question?" follows every answer: leaving then loses nothing.
      return undefined;
  }
}

export type LeaveDecision = { leave: true } | { leave: false; message: string };

/**
 * `quit` with nothing under way, or a second `quit` right after the warning, leaves; otherwise
 * the warning says what is under way and how to leave anyway.
 */
export function decideLeave(underWay: readonly string[], warnedJustBefore: boolean): LeaveDecision {
  if (underWay.length === 0 || warnedJustBefore) return { leave: true };
  return {
    leave: false,
    message: [
      'Before you go:',
      ...underWay.map((l) => `  - ${l}`),
      'Type quit again (or press Ctrl+D) to leave anyway; anything else carries on here.',
    ].join('\n'),
  };
}
