/** The Bot Framework handoff.initiate event (handoff.md §1–2) and its reading on the way out. */
import { EventFactory, type Activity, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { CATEGORIES } from '../../knowledge/types';
import { intakeFieldsSchema, type MessageAuthor } from '../../handoff/types';

/** `value` of our handoff.initiate: at least ticketId, category, priority (DESIGN.md contract 3). */
export const initiateValueSchema = z.object({
  ticketId: z.string().min(1),
  category: z.enum(CATEGORIES),
  priority: z.string(),
  reason: z.string(),
  summary: z.string(),
  fields: intakeFieldsSchema,
  caseId: z.string().optional(),
  locale: z.string().optional(),
});
export type InitiateValue = z.infer<typeof initiateValueSchema>;

/** Builds the event with the transcript attached, from the customer's turn. */
export function buildHandoffInitiation(
  context: TurnContext,
  value: InitiateValue,
  transcript: Partial<Activity>[],
): Partial<Activity> {
  return EventFactory.createHandoffInitiation(context, value, { activities: transcript as Activity[] });
}

const transcriptSchema = z.object({
  activities: z.array(
    z.looseObject({
      type: z.string().optional(),
      text: z.string().optional(),
      from: z.looseObject({ role: z.string().optional() }).optional(),
      timestamp: z.union([z.string(), z.date()]).optional(),
    }),
  ),
});

/** The transcript attachment as ticket lines: user → customer, everything else → bot. */
export function transcriptLines(
  event: Partial<Activity>,
  fallbackAt: Date,
): { from: MessageAuthor; text: string; at: string }[] {
  const att = (event.attachments ?? []).find(
    (a) => a.name === 'Transcript' && a.contentType === 'application/json',
  );
  const parsed = transcriptSchema.safeParse(att?.content);
  if (!parsed.success) return [];
  return parsed.data.activities
    .filter((a) => (a.type ?? 'message') === 'message' && a.text)
    .map((a) => ({
      from: a.from?.role === 'user' ? 'customer' : 'bot',
      text: a.text as string,
      at: a.timestamp ? new Date(a.timestamp).toISOString() : fallbackAt.toISOString(),
    }));
}
