/**
 * Which files a customer sent reach the agent's transcript. A file is kept only by its URL: one of
 * our own signed Direct Line URLs (renewed, so it opens for the agent), or on other channels any
 * https URL. Anything else (a foreign link typed into the widget, plain http) is dropped, and the
 * agent reads a placeholder instead.
 */
import type { Attachment } from 'botbuilder';
import {
  MAX_MESSAGE_ATTACHMENTS,
  messageAttachmentSchema,
  type MessageAttachment,
} from '../../handoff/types';

/** Turns a URL into the one to store, or undefined when it must not be kept. */
export type AttachmentUrlCheck = (url: string) => string | undefined;

/** What the agent reads in place of files that could not be relayed. */
export const ATTACHMENT_PLACEHOLDER = '[the customer sent an attachment]';

/** The URL itself when it is https, else undefined (channels without our own file service). */
export function httpsOnly(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The rule for one turn: on the widget (`ours` = our Direct Line) only URLs the Direct Line
 * recognises; elsewhere ours renewed when recognised, else https only.
 */
export function urlCheckFor(renew: AttachmentUrlCheck | undefined, ours: boolean): AttachmentUrlCheck {
  if (!renew) return httpsOnly;
  return ours ? renew : (url) => renew(url) ?? httpsOnly(url);
}

export interface RelayableAttachments {
  /** Files to store with the line, at most {@link MAX_MESSAGE_ATTACHMENTS}. */
  kept: MessageAttachment[];
  /** Files with a URL that were not kept (refused URL, bad field, or over the limit). */
  dropped: number;
}

/**
 * Splits an activity's attachments into those kept and the number dropped. Attachments without a
 * contentUrl (cards, a channel's HTML copy of the text) are not files and count as neither.
 */
export function relayableAttachments(
  attachments: readonly Partial<Attachment>[] | undefined,
  check: AttachmentUrlCheck,
): RelayableAttachments {
  const files = (attachments ?? []).filter((a) => typeof a.contentUrl === 'string' && a.contentUrl);
  const kept: MessageAttachment[] = [];
  for (const a of files) {
    if (kept.length >= MAX_MESSAGE_ATTACHMENTS) break;
    const url = check(a.contentUrl as string);
    if (!url) continue;
    const parsed = messageAttachmentSchema.safeParse({
      contentType: a.contentType || 'application/octet-stream',
      url,
      name: typeof a.name === 'string' && a.name.trim() ? a.name.trim().slice(0, 255) : 'attachment',
    });
    if (parsed.success) kept.push(parsed.data);
  }
  return { kept, dropped: files.length - kept.length };
}

/**
 * The text of the customer's line: what they wrote, plus the placeholder when files were
 * dropped, or when the message was nothing but attachments none of which is a file we keep.
 */
export function lineText(text: string, attachmentCount: number, files: RelayableAttachments): string {
  const placeholder = files.dropped > 0 || (!text && !files.kept.length && attachmentCount > 0);
  return [text, placeholder ? ATTACHMENT_PLACEHOLDER : ''].filter(Boolean).join(' ');
}
