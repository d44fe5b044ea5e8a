/** The last lines of each conversation, kept in memory so a new ticket carries its context. */
import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import { MAX_MESSAGE_ATTACHMENTS } from '../../handoff/types';

/**
 * The attachments that are files (they have a URL), as links only: never inline content. One more
 * than a line keeps, so that "too many" still leaves the placeholder when the ticket opens.
 */
function fileLinks(attachments: Attachment[] | undefined): Attachment[] {
  return (attachments ?? [])
    .filter((a) => typeof a.contentUrl === 'string' && a.contentUrl)
    .slice(0, MAX_MESSAGE_ATTACHMENTS + 1)
    .map((a) => ({ contentType: a.contentType, contentUrl: a.contentUrl, name: a.name }));
}

export interface RecentTranscriptOptions {
  /** Lines kept per conversation. */
  perConversation?: number;
  /** Conversations kept; the least recently active is dropped first. */
  maxConversations?: number;
}

/**
 * A bounded ring of message activities per conversation. Only the context before a ticket
 * lives here; once a ticket exists its transcript is in the ticket store and survives restarts.
 */
export class RecentTranscript {
  private readonly lines = new Map<string, Partial<Activity>[]>();
  private readonly per: number;
  private readonly max: number;

  constructor(opts: RecentTranscriptOptions = {}) {
    this.per = opts.perConversation ?? 50;
    this.max = opts.maxConversations ?? 5000;
  }

  /**
   * Keeps a message with text or files (hidden events and cards without text are left out). Files
   * are kept as their link (type, URL, name); which URLs reach a ticket is decided when it opens.
   */
  record(key: string, activity: Partial<Activity>, role: 'user' | 'bot'): void {
    if (activity.type !== ActivityTypes.Message) return;
    const files = fileLinks(activity.attachments);
    if (!activity.text && !files.length) return;
    const list = this.lines.get(key) ?? [];
    this.lines.delete(key);
    list.push({
      type: ActivityTypes.Message,
      text: activity.text ?? '',
      from: { id: activity.from?.id ?? role, name: activity.from?.name ?? '', role },
      timestamp: activity.timestamp ?? new Date(),
      ...(files.length ? { attachments: files } : {}),
    } as Partial<Activity>);
    if (list.length > this.per) list.splice(0, list.length - this.per);
    this.lines.set(key, list);
    if (this.lines.size > this.max) this.lines.delete(this.lines.keys().next().value as string);
  }

  recent(key: string): Partial<Activity>[] {
    return [...(this.lines.get(key) ?? [])];
  }
}
