/** The Bot Framework handoff.initiate event (handoff.md §1–2) and its reading on the way out. */
import { EventFactory, type Activity, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { CATEGORIES } from '../../knowledge/types';
import type { TranscriptLine } from '../../handoff/service';
import { intakeFieldsSchema } from '../../handoff/types';
import { httpsOnly, lineText, relayableAttachments, type AttachmentUrlCheck } from './attachments';

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
      attachments: z
        .array(
          z.looseObject({
            contentType: z.string().optional(),
            contentUrl: z.string().optional(),
            name: z.string().optional(),
          }),
        )
        .optional(),
    }),
  ),
});

/**
 * The transcript attachment as ticket lines: user → customer, everything else → bot. Files go
 * with their line when `check` keeps their URL (see attachments.ts); a dropped one leaves the
 * placeholder, so a photo sent before the ticket is never silently lost.
 */
export function transcriptLines(
  event: Partial<Activity>,
  fallbackAt: Date,
  check: AttachmentUrlCheck = httpsOnly,
): TranscriptLine[] {
  const att = (event.attachments ?? []).find(
    (a) => a.name === 'Transcript' && a.contentType === 'application/json',
  );
  const parsed = transcriptSchema.safeParse(att?.content);
  if (!parsed.success) return [];
  const lines: TranscriptLine[] = [];
  for (const a of parsed.data.activities) {
    if ((a.type ?? 'message') !== 'message') continue;
    const files = relayableAttachments(a.attachments, check);
    const text = lineText(a.text ?? '', files.kept.length + files.dropped, files);
    if (!text && !files.kept.length) continue;
    lines.push({
      from: a.from?.role === 'user' ? 'customer' : 'bot',
      text,
      at: a.timestamp ? new Date(a.timestamp).toISOString() : fallbackAt.toISOString(),
      ...(files.kept.length ? { attachments: files.kept } : {}),
    });
  }
  return lines;
}
