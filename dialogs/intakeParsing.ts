import { z } from 'zod';
import type { HandoffRequest } from './ports';

/** How the person wants to be reached, read from a free-text answer. */
export function parseContact(text: string): HandoffRequest['fields']['contact'] | null {
  const t = text.trim();
  const email = /[^\s@]+@[^\s@]+\.[^\s@]+/.exec(t)?.[0];
  if (email && z.email().safeParse(email).success) return { method: 'email', value: email };
  const phone = /\+?\d[\d\s().-]{6,}\d/.exec(t)?.[0];
  if (phone) return { method: 'phone', value: phone.replace(/[\s().-]/g, '') };
  if (/\b(chat|here|this chat|message|messages)\b/i.test(t)) return { method: 'chat' };
  return null;
}

/** "none", "skip", "no", "nothing" mean the person has nothing to add. */
export function isSkip(text: string): boolean {
  return /^(none|skip|no|nope|n\/a|na|nothing|not yet|-|don'?t know|i don'?t know|no idea)\.?$/i.test(
    text.trim(),
  );
}

/**
 * What an answer to "what is the order or case number?" says, when the assistant found no id of
 * a known shape in it: a single token with a digit in it ("A12345", "#88812") is taken as the
 * number; a sentence is what happened, not a number ("yes", "I don't have it to hand" are
 * neither). The agent then sees "none" rather than a number that is not one.
 */
export function readCaseAnswer(text: string): { caseId?: string; description?: string } {
  const t = text.trim();
  if (isSkip(t)) return {};
  const token = /^#?([A-Za-z0-9][A-Za-z0-9_/-]{2,63})$/.exec(t)?.[1];
  if (token && /\d/.test(token)) return { caseId: token };
  if (t.split(/\s+/).length >= 4) return { description: t.slice(0, 2000) };
  return {};
}

/** The collected fields, checked before a ticket may exist: dates as ISO calendar dates. */
export const intakeFieldsSchema = z.object({
  caseId: z.string().min(1).max(64).optional(),
  whatHappened: z.string().trim().min(3, 'please describe what happened').max(2000),
  when: z.iso.date().optional(),
  whenApproximate: z.boolean().optional(),
  whenSaid: z.string().max(200).optional(),
  role: z.enum(['buyer', 'seller']).optional(),
  dispatchedByKx: z.boolean().optional(),
  alreadyTried: z.string().max(1000).optional(),
  contact: z.object({ method: z.enum(['chat', 'email', 'phone']), value: z.string().max(200).optional() }),
});
