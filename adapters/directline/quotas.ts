/**
 * What one conversation and one client address may spend on the Direct Line: conversations,
 * messages, and bytes of uploaded files. Checked at the routes, before the service stores
 * anything, so a flood is refused with 429 (and Retry-After) instead of filling the disk.
 */
import type { LimiterStore, Limiter, LimitDecision } from '../http/rateLimits';
import { retryAfter, waitInWords } from '../http/rateLimits';
import { errorReply, type Reply } from './service';

/** The quotas, all configurable (bot/config.ts); defaults in DEFAULT_QUOTAS. */
export interface DirectLineQuotas {
  /** Widget tokens, generated tokens and new conversations, per client address per minute. */
  conversationsPerAddressPerMinute: number;
  /** Messages and uploads per conversation per minute. */
  messagesPerConversationPerMinute: number;
  /** Messages and uploads per client address per minute (several tabs, or a flood of conversations). */
  messagesPerAddressPerMinute: number;
  /** Bytes of uploads per conversation in 24 hours. */
  uploadBytesPerConversationPerDay: number;
  /** Bytes of uploads per client address in 24 hours. */
  uploadBytesPerAddressPerDay: number;
}

const MiB = 1024 * 1024;

/**
 * Far above a person (who types a message every few seconds and sends a few photos) and far
 * below a script (the flood that found this stored 400 posts and 320 MB in seconds).
 */
export const DEFAULT_QUOTAS: DirectLineQuotas = {
  conversationsPerAddressPerMinute: 20,
  messagesPerConversationPerMinute: 30,
  messagesPerAddressPerMinute: 120,
  uploadBytesPerConversationPerDay: 50 * MiB,
  uploadBytesPerAddressPerDay: 200 * MiB,
};

/**
 * Web Chat sends a typing activity every few seconds while someone types: counted apart from
 * messages so that typing never spends a customer's messages, but still bounded.
 */
export const TYPING_PER_CONVERSATION_PER_MINUTE = 60;

/** Budgets count KiB, so that a budget of gigabytes still fits the counter's integer column. */
const KiB = 1024;
const DAY = 86_400;

/** The quota checks the routes make; each answers undefined (go on) or the refusal to send. */
export class QuotaGuard {
  private readonly conversations: Limiter;
  private readonly starts: Limiter;
  private readonly messagesByConversation: Limiter;
  private readonly messagesByAddress: Limiter;
  private readonly typing: Limiter;
  private readonly bytesByConversation: Limiter;
  private readonly bytesByAddress: Limiter;

  constructor(store: LimiterStore, quotas: DirectLineQuotas) {
    const perMinute = (name: string, points: number) => store.limiter(name, { points, seconds: 60 });
    const bytesPerDay = (name: string, bytes: number) =>
      store.limiter(name, { points: kib(bytes), seconds: DAY });
    this.conversations = perMinute('dl-conv-addr', quotas.conversationsPerAddressPerMinute);
    this.starts = perMinute('dl-start-addr', quotas.conversationsPerAddressPerMinute);
    this.messagesByConversation = perMinute('dl-msg-conv', quotas.messagesPerConversationPerMinute);
    this.messagesByAddress = perMinute('dl-msg-addr', quotas.messagesPerAddressPerMinute);
    this.typing = perMinute('dl-typing-conv', TYPING_PER_CONVERSATION_PER_MINUTE);
    this.bytesByConversation = bytesPerDay('dl-bytes-conv', quotas.uploadBytesPerConversationPerDay);
    this.bytesByAddress = bytesPerDay('dl-bytes-addr', quotas.uploadBytesPerAddressPerDay);
  }

  /** A widget token or a generated token for `address`. */
  async conversation(address: string): Promise<Reply | undefined> {
    return tooMany(await this.conversations.take(address), 'new conversations from your address');
  }

  /** Starting a conversation (counted apart from tokens: Web Chat asks for one of each). */
  async start(address: string): Promise<Reply | undefined> {
    return tooMany(await this.starts.take(address), 'new conversations from your address');
  }

  /**
   * A posted activity. `conversationId` is given only when the caller may use that conversation
   * (a stranger must not spend someone else's quota); typing is counted on its own.
   */
  async message(
    conversationId: string | undefined,
    address: string,
    typing = false,
  ): Promise<Reply | undefined> {
    if (typing)
      return conversationId === undefined
        ? undefined
        : tooMany(await this.typing.take(conversationId), 'typing signals in this conversation');
    const byAddress = tooMany(await this.messagesByAddress.take(address), 'messages from your address');
    if (byAddress || conversationId === undefined) return byAddress;
    return tooMany(await this.messagesByConversation.take(conversationId), 'messages in this conversation');
  }

  /**
   * Before an upload's body is read: refuses at once when the declared length cannot fit what
   * is left of either budget, so a flood of large bodies is never held in memory.
   */
  async uploadMayFit(
    conversationId: string,
    address: string,
    declaredBytes: number,
  ): Promise<Reply | undefined> {
    const need = Number.isFinite(declaredBytes) ? kib(declaredBytes) : 1;
    for (const [limiter, key, what] of this.budgets(conversationId, address)) {
      if (need > limiter.quota.points) return this.overWholeBudget(what, limiter);
      const left = await limiter.peek(key);
      if (left.remaining < need)
        return budgetSpent(what, limiter, { allowed: false, retryAfterSeconds: left.resetSeconds || 60 });
    }
    return undefined;
  }

  /** After the body was read: takes its size from both budgets, or refuses and takes nothing. */
  async takeUpload(conversationId: string, address: string, bytes: number): Promise<Reply | undefined> {
    const need = kib(bytes);
    const taken: [Limiter, string][] = [];
    for (const [limiter, key, what] of this.budgets(conversationId, address)) {
      const decision = await limiter.take(key, need);
      if (decision.allowed) {
        taken.push([limiter, key]);
        continue;
      }
      // A refused upload stores nothing, so it spends nothing either.
      await limiter.giveBack(key, need);
      for (const [l, k] of taken) await l.giveBack(k, need);
      return budgetSpent(what, limiter, decision);
    }
    return undefined;
  }

  /** Gives back what {@link takeUpload} took for an upload that was then refused. */
  async returnUpload(conversationId: string, address: string, bytes: number): Promise<void> {
    for (const [limiter, key] of this.budgets(conversationId, address))
      await limiter.giveBack(key, kib(bytes));
  }

  private budgets(conversationId: string, address: string): [Limiter, string, string][] {
    return [
      [this.bytesByConversation, conversationId, 'this conversation'],
      [this.bytesByAddress, address, 'your address'],
    ];
  }

  private overWholeBudget(what: string, limiter: Limiter): Reply {
    return errorReply(
      413,
      'MessageSizeTooBig',
      `upload: larger than the ${mb(limiter.quota.points)} of files ${what} may send in 24 hours`,
    );
  }
}

function tooMany(decision: LimitDecision, what: string): Reply | undefined {
  if (decision.allowed) return undefined;
  return errorReply(
    429,
    'TooManyRequests',
    `too many ${what}; retry in ${waitInWords(decision.retryAfterSeconds)}`,
    retryAfter(decision),
  );
}

function budgetSpent(what: string, limiter: Limiter, decision: LimitDecision): Reply {
  const wait = decision.allowed ? 60 : decision.retryAfterSeconds;
  return errorReply(
    429,
    'TooManyRequests',
    `upload: ${what} has used its ${mb(limiter.quota.points)} of files for 24 hours; retry in ${waitInWords(wait)}`,
    retryAfter({ retryAfterSeconds: wait }),
  );
}

const kib = (bytes: number) => Math.max(1, Math.ceil(bytes / KiB));
const mb = (kibs: number) => `${Math.round(kibs / 1024)} MB`;
