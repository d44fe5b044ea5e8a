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

/** The collected fields, checked before a ticket may exist. */
export const intakeFieldsSchema = z.object({
  caseId: z.string().min(1).max(64).optional(),
  whatHappened: z.string().trim().min(3, 'please describe what happened').max(2000),
  when: z.string().max(200).optional(),
  alreadyTried: z.string().max(1000).optional(),
  contact: z.object({ method: z.enum(['chat', 'email', 'phone']), value: z.string().max(200).optional() }),
});
