import type { Activity } from 'botbuilder';
import type { ConversationOrigin } from './tokens';

/**
 * Where Direct Line conversations and their activities live. The log assigns each activity its
 * `seq` (the watermark), its id and a server timestamp that never goes backwards, so that Web
 * Chat, which sorts by timestamp, shows the order the server saw.
 */
export interface ConversationRecord {
  id: string;
  userId: string;
  createdAt: string;
  /**
   * Who started it, as the server recorded it then and never changes: `widget` when a browser
   * started it with a widget token, `backend` when a holder of the Direct Line secret did (a
   * contact centre, a back end). Widget conversations never receive `handoff.*` events.
   */
  origin: ConversationOrigin;
}

/** A stored origin read back; anything but `backend` is a browser's (fail closed). */
export function readOrigin(value: unknown): ConversationOrigin {
  return value === 'backend' ? 'backend' : 'widget';
}

/** An activity as it travels as JSON: timestamps are ISO strings, not Dates. */
export type WireActivity = Omit<Partial<Activity>, 'timestamp' | 'localTimestamp'> & {
  timestamp?: string;
  localTimestamp?: string;
};

/** The activity a turn sees: botbuilder types its timestamps as Dates. */
export function toTurnActivity(a: WireActivity): Partial<Activity> {
  return {
    ...a,
    timestamp: a.timestamp === undefined ? undefined : new Date(a.timestamp),
    localTimestamp: a.localTimestamp === undefined ? undefined : new Date(a.localTimestamp),
  };
}

export interface StoredActivity {
  seq: number;
  activity: WireActivity & { id: string; timestamp: string };
}

export interface ConversationLog {
  /** Creates the conversation; false when it already exists (a start is then a no-op). */
  create(record: ConversationRecord): Promise<boolean>;
  get(id: string): Promise<ConversationRecord | undefined>;
  /** Appends with the next `seq`; `at` is raised to the previous timestamp if the clock went back. */
  append(conversationId: string, activity: WireActivity, at: Date): Promise<StoredActivity>;
  /** Activities with `seq > watermark`, oldest first, at most `limit`. */
  after(conversationId: string, watermark: number, limit: number): Promise<StoredActivity[]>;
  /** Retention: conversations whose last activity (or, with none, their start) is before `cutoff`. */
  inactiveBefore(cutoff: Date): Promise<string[]>;
  /** Deletes those of `ids` still inactive before `cutoff`, with their activities; returns them. */
  deleteInactive(ids: readonly string[], cutoff: Date): Promise<string[]>;
}

/** Activity id as the Azure service forms it: `<conversationId>|<seq, 7 digits>`. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** The timestamp for the next activity: now, unless the previous one is later. */
export function nextTimestamp(previous: string | undefined, at: Date): string {
  const iso = at.toISOString();
  return previous !== undefined && previous > iso ? previous : iso;
}

/** The log for tests and single-process setups without a database; gone on restart. */
export class InMemoryConversationLog implements ConversationLog {
  private readonly conversations = new Map<string, { record: ConversationRecord; items: StoredActivity[] }>();

  async create(record: ConversationRecord): Promise<boolean> {
    if (this.conversations.has(record.id)) return false;
    this.conversations.set(record.id, {
      record: { ...record, origin: readOrigin(record.origin) },
      items: [],
    });
    return true;
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    return this.conversations.get(id)?.record;
  }

  async append(conversationId: string, activity: WireActivity, at: Date): Promise<StoredActivity> {
    const entry = this.conversations.get(conversationId);
    if (!entry) throw new Error(`unknown conversation ${conversationId}`);
    const seq = entry.items.length + 1;
    const timestamp = nextTimestamp(entry.items.at(-1)?.activity.timestamp, at);
    const stored: StoredActivity = {
      seq,
      activity: { ...activity, id: activityId(conversationId, seq), timestamp },
    };
    entry.items.push(stored);
    return stored;
  }

  async after(conversationId: string, watermark: number, limit: number): Promise<StoredActivity[]> {
    const items = this.conversations.get(conversationId)?.items ?? [];
    // seq n sits at index n-1, so the slice starts right after the watermark.
    return items.slice(Math.max(0, watermark), Math.max(0, watermark) + limit);
  }

  async inactiveBefore(cutoff: Date): Promise<string[]> {
    return [...this.conversations.keys()].filter((id) => this.idleBefore(id, cutoff));
  }

  async deleteInactive(ids: readonly string[], cutoff: Date): Promise<string[]> {
    const gone = ids.filter((id) => this.idleBefore(id, cutoff));
    for (const id of gone) this.conversations.delete(id);
    return gone;
  }

  private idleBefore(id: string, cutoff: Date): boolean {
    const entry = this.conversations.get(id);
    if (!entry) return false;
    return (entry.items.at(-1)?.activity.timestamp ?? entry.record.createdAt) < cutoff.toISOString();
  }
}
