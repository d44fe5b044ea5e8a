import crypto from 'node:crypto';
import {
  ActivityTypes,
  type Activity,
  type Attachment,
  type ChannelAccount,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../logger';
import { newAttachmentId, type AttachmentStore, type StoredAttachment } from './attachmentStore';
import type { AttachmentUrlSigner } from './attachmentUrls';
import {
  toTurnActivity,
  type ConversationLog,
  type StoredActivity,
  type WireActivity,
} from './conversationLog';
import {
  DIRECTLINE_CHANNEL_ID,
  DIRECTLINE_SERVICE_URL,
  LocalDirectLineAdapter,
} from './localDirectLineAdapter';
import { inboundDecision } from './inboundPolicy';
import {
  describeIssue,
  generateBodySchema,
  parseWatermark,
  postedActivitySchema,
  startBodySchema,
} from './schemas';
import { ALLOWED_TYPES_TEXT, checkFileType, contentDisposition, FILE_TYPES, safeFileName } from './fileTypes';
import type { TurnInbox } from './inbox';
import { boundaryOf, parseMultipart } from './multipart';
import { SerialQueue } from './serialQueue';
import type { StreamHub } from './streamHub';
import {
  newConversationId,
  newUserId,
  type ConversationOrigin,
  type TokenClaims,
  type TokenService,
} from './tokens';
import { TurnRunner } from './turnRunner';
import { interpretUpload, type AcceptedFile, type UploadLimits } from './upload';

/**
 * Limits, all configurable; defaults in DEFAULT_LIMITS. Rates and byte budgets per conversation
 * and per address are quotas, checked at the routes (quotas.ts).
 */
export interface DirectLineLimits extends UploadLimits {
  /** Request body cap (413 above). */
  maxBodyBytes: number;
  maxSocketsPerConversation: number;
  keepAliveMs: number;
  /** Activities per GET or replay frame. */
  pageSize: number;
}

const MiB = 1024 * 1024;

/**
 * At most one turn per conversation in this window for the customer's typing (Web Chat sends one
 * every few seconds while someone types): enough for the relay to tell the agent holding the chat.
 */
export const TYPING_TURN_INTERVAL_MS = 3000;

export const DEFAULT_LIMITS: DirectLineLimits = {
  maxBodyBytes: 64 * 1024,
  maxSocketsPerConversation: 5,
  keepAliveMs: 25_000,
  pageSize: 100,
  maxUploadFiles: 5,
  maxUploadFileBytes: 4 * MiB,
  // Four files at the cap, or five ordinary phone photos: the whole body is held in memory.
  maxUploadBytes: 16 * MiB,
  maxUploadActivityBytes: 1 * MiB,
  // Long enough for an agent to open a customer's photo days later; the transcript keeps this URL.
  attachmentUrlSeconds: 7 * 24 * 3600,
};

/**
 * Who is calling: the shared secret (back ends, tests), or the agent hub's secret (`hub`: a
 * contact centre connected as a Direct Line client, which may also post handoff.status), or a
 * conversation token.
 */
export type Caller = { kind: 'secret'; hub?: boolean } | { kind: 'token'; claims: TokenClaims };

/** Applies the trusted hub's handoff.status to the conversation's ticket (bot/handoff/hubStatus.ts). */
export type HubStatusSink = (activity: Partial<Activity>) => Promise<'applied' | 'bad-value'>;

/** A route's answer, independent of restify. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const errorReply = (
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): Reply => ({
  status,
  body: { error: { code, message } },
  headers,
});

/** An upload request as the route hands it over: the body is read only once the caller is allowed. */
export interface UploadRequest {
  contentType: string | undefined;
  readBody(maxBytes: number): Promise<{ ok: true; body: Buffer } | { ok: false; reply: Reply }>;
  /** `http(s)://host` for the attachment URLs. */
  base: string;
}

/** A file an agent sends, as the console uploaded it (the type is checked, not trusted). */
export interface OutgoingFile {
  name: string | undefined;
  contentType: string | undefined;
  bytes: Buffer;
}
export type StoreFileResult =
  { ok: true; attachment: Attachment } | { ok: false; status: 400 | 413 | 415; message: string };

/** A stored file as the route sends it. */
export interface FileReply {
  headers: Record<string, string>;
  bytes: Buffer;
}

export interface DirectLineServiceDeps {
  log: ConversationLog;
  /** Where acknowledged turns wait until answered; shares the log's store and transactions. */
  inbox: TurnInbox;
  /** How long an instance's claim on a turn holds without renewal (see DEFAULT_TURN_LEASE_MS). */
  turnLeaseMs: number;
  attachments: AttachmentStore;
  urls: AttachmentUrlSigner;
  tokens: TokenService;
  hub: StreamHub;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  now: () => Date;
  limits: DirectLineLimits;
  bot: { id: string; name: string };
  secret?: string;
  /** The agent hub's secret (HANDOFF_WEBHOOK_SECRET); with `hubStatus`, the hub may post handoff.status. */
  hubSecret?: string;
  hubStatus?: HubStatusSink;
}

/** The Direct Line behaviour of directline.md §3–§7, with HTTP left to the routes. */
export class DirectLineService {
  readonly adapter: LocalDirectLineAdapter;
  /** Runs turns one at a time per conversation in this process: inbox turns and typing alike. */
  private readonly turns: SerialQueue;
  private readonly runner: TurnRunner;
  private readonly appends = new Map<string, Promise<unknown>>();
  /** When each conversation's typing last ran a turn (ms). */
  private readonly typingTurns = new Map<string, number>();

  constructor(private readonly deps: DirectLineServiceDeps) {
    this.adapter = new LocalDirectLineAdapter((activity) => this.deliverOutgoing(activity));
    this.turns = new SerialQueue((conversationId, err) =>
      deps.logger.error('directline turn failed', { conversationId, err }),
    );
    this.runner = new TurnRunner({
      inbox: deps.inbox,
      run: (activity) => this.runTurn(activity),
      logger: deps.logger,
      leaseMs: deps.turnLeaseMs,
    });
  }

  /** Resolves `Authorization: Bearer …` to a caller, or the error reply. */
  authenticate(header: string | undefined): Caller | Reply {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!m) return errorReply(401, 'Unauthorized', 'Authorization: Bearer <token> is required');
    if (this.deps.secret && safeEqual(m[1], this.deps.secret)) return { kind: 'secret' };
    if (this.deps.hubSecret && this.deps.hubStatus && safeEqual(m[1], this.deps.hubSecret))
      return { kind: 'secret', hub: true };
    const check = this.deps.tokens.verify(m[1], 'conversation');
    if (check.ok) return { kind: 'token', claims: check.claims };
    if (check.reason === 'expired') return errorReply(403, 'TokenExpired', 'token has expired');
    return errorReply(403, 'Forbidden', 'token is not valid here');
  }

  /**
   * `POST /api/webchat/token`: a new, not yet started conversation for a browser. The token says
   * so (`origin: 'widget'`), and the conversation it starts is recorded as a browser's.
   */
  widgetToken(): Reply {
    return { status: 200, body: this.newConversationToken(newUserId(), 'widget') };
  }

  /** `POST /tokens/generate` (secret only). */
  generate(caller: Caller, body: unknown): Reply {
    if (caller.kind !== 'secret')
      return errorReply(403, 'Forbidden', 'tokens/generate needs the Direct Line secret');
    const parsed = generateBodySchema.safeParse(body);
    if (!parsed.success) return errorReply(400, 'BadArgument', describeIssue(parsed.error));
    return {
      status: 200,
      body: this.newConversationToken(parsed.data?.user?.id ?? newUserId(), 'backend'),
    };
  }

  /**
   * `POST /tokens/refresh`: same conversation, user and origin, new expiry (a widget token
   * refreshed before its conversation starts is still a widget's). Expired tokens are refused earlier.
   */
  refresh(caller: Caller): Reply {
    if (caller.kind !== 'token') return errorReply(403, 'Forbidden', 'only a token can be refreshed');
    const { token, expiresIn } = this.deps.tokens.issue(
      caller.claims.conv,
      caller.claims.user,
      'conversation',
      caller.claims.origin,
    );
    return { status: 200, body: { conversationId: caller.claims.conv, token, expires_in: expiresIn } };
  }

  /**
   * `POST /conversations`: starts the token's conversation (201), or returns it if started (200).
   * Its origin is recorded now, from the signed token or the secret, and never changes after.
   */
  async start(caller: Caller, body: unknown, streamBase: string): Promise<Reply> {
    const parsed = startBodySchema.safeParse(body);
    if (!parsed.success) return errorReply(400, 'BadArgument', describeIssue(parsed.error));
    const conversationId = caller.kind === 'token' ? caller.claims.conv : newConversationId();
    const userId = caller.kind === 'token' ? caller.claims.user : (parsed.data?.user?.id ?? newUserId());
    const origin: ConversationOrigin = caller.kind === 'token' ? caller.claims.origin : 'backend';
    const existing = await this.deps.log.get(conversationId);
    if (existing)
      return { status: 200, body: this.connection(conversationId, userId, existing.origin, '', streamBase) };
    // Two racing starts of one token: only the one that created it queues the greeting.
    const created = await this.deps.inbox.start(
      { id: conversationId, userId, createdAt: this.deps.now().toISOString(), origin },
      this.conversationUpdate(conversationId, userId, parsed.data?.locale),
    );
    if (created) this.runner.kick(conversationId);
    // A racing start that lost reads back what the winner recorded.
    const recorded = created ? origin : ((await this.deps.log.get(conversationId))?.origin ?? 'widget');
    return {
      status: created ? 201 : 200,
      body: this.connection(conversationId, userId, recorded, '', streamBase),
    };
  }

  /** `GET /conversations/:id?watermark=`: a new streamUrl; never greets again. */
  async reconnect(
    caller: Caller,
    conversationId: string,
    watermark: string,
    streamBase: string,
  ): Promise<Reply> {
    const found = await this.conversationFor(caller, conversationId);
    if ('status' in found) return found;
    return {
      status: 200,
      body: this.connection(conversationId, found.userId, found.origin, watermark, streamBase),
    };
  }

  /** `GET /conversations/:id/activities?watermark=`: never 5xx or 429, or polling dies silently. */
  async activities(caller: Caller, conversationId: string, watermark: string): Promise<Reply> {
    const found = await this.conversationFor(caller, conversationId);
    if ('status' in found) return found;
    const after = parseWatermark(watermark);
    try {
      const page = await this.deps.log.after(conversationId, after, this.deps.limits.pageSize);
      const last = page.length > 0 ? page[page.length - 1].seq : after;
      return { status: 200, body: { activities: page.map((p) => p.activity), watermark: String(last) } };
    } catch (err) {
      this.deps.logger.error('directline poll failed; answering empty', { conversationId, err });
      return { status: 200, body: { activities: [], watermark: String(after) } };
    }
  }

  /** `POST /conversations/:id/activities` (directline.md §4): stored, echoed, answered, then the turn. */
  async post(caller: Caller, conversationId: string, body: unknown): Promise<Reply> {
    const found = await this.conversationFor(caller, conversationId);
    if ('status' in found) return found;
    const parsed = postedActivitySchema.safeParse(body);
    if (!parsed.success) return errorReply(400, 'BadArgument', describeIssue(parsed.error));
    // Only what Web Chat sends gets in: hub and channel activities are refused (inboundPolicy.ts).
    const admitted = inboundDecision(parsed.data, { hub: caller.kind === 'secret' && caller.hub });
    if (!admitted.accepted) {
      this.deps.logger.warn('directline activity refused', { conversationId, reason: admitted.reason });
      return errorReply(admitted.status, admitted.code, admitted.message, admitted.headers);
    }
    if (admitted.hubStatus) return this.hubStatus(conversationId, parsed.data);
    const { from, ...fields } = parsed.data;
    const userId = caller.kind === 'token' ? caller.claims.user : found.userId;
    const activity: WireActivity = {
      ...fields,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: DIRECTLINE_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: userId, name: from?.name ?? '', role: 'user' },
      recipient: { ...this.botAccount() },
    };
    if (activity.type === ActivityTypes.Typing) {
      // Typing is pushed and never stored; it runs a turn (the relay tells the agent) at most
      // once per conversation per TYPING_TURN_INTERVAL_MS.
      const id = `${conversationId}|typing-${crypto.randomBytes(4).toString('hex')}`;
      const typing = { ...activity, id, timestamp: this.deps.now().toISOString() };
      this.deps.hub.publish(conversationId, typing);
      if (this.typingTurnDue(conversationId)) this.queueTurn(toTurnActivity(typing));
      return { status: 200, body: { id } };
    }
    const stored = await this.appendAndPublish(conversationId, activity, true);
    this.afterStored(stored);
    return { status: 200, body: { id: stored.activity.id } };
  }

  /**
   * `POST /conversations/:id/upload` (Direct Line 3.0, DirectLineJS `postMessageWithAttachments`):
   * authorised, rate-limited, echoed and run like a posted message. The files are checked in full
   * and stored in one transaction before the activity that links them, so a refused upload
   * stores nothing; the activity carries signed URLs to them.
   */
  async upload(caller: Caller, conversationId: string, request: UploadRequest): Promise<Reply> {
    const found = await this.conversationFor(caller, conversationId);
    if ('status' in found) return found;
    const boundary = boundaryOf(request.contentType);
    if (!boundary.ok)
      return boundary.reason === 'not-multipart'
        ? errorReply(415, 'UnsupportedMediaType', boundary.message)
        : errorReply(400, 'BadArgument', boundary.message);
    const limits = this.deps.limits;
    const read = await request.readBody(limits.maxUploadBytes);
    if (!read.ok)
      return read.reply.status === 413
        ? errorReply(413, 'MessageSizeTooBig', `upload: larger than ${limits.maxUploadBytes} bytes in all`)
        : read.reply;
    const parsed = parseMultipart(read.body, boundary.boundary, {
      // One part per file, the activity, and one more so that "too many files" can be named.
      maxParts: limits.maxUploadFiles + 2,
      maxHeaderBytes: 8 * 1024,
    });
    if (!parsed.ok)
      return parsed.reason === 'too-many-parts'
        ? errorReply(413, 'MessageSizeTooBig', `file: more than ${limits.maxUploadFiles} files per message`)
        : errorReply(400, 'BadArgument', parsed.message);
    const content = interpretUpload(parsed.parts, limits);
    if (!content.ok) return errorReply(content.problem.status, content.problem.code, content.problem.message);
    const template = uploadTemplateSchema.safeParse(content.template ?? { type: 'message' });
    if (!template.success) return errorReply(400, 'BadArgument', `activity.${describeIssue(template.error)}`);
    const posted = postedActivitySchema.safeParse({ ...template.data, attachments: undefined });
    if (!posted.success) return errorReply(400, 'BadArgument', `activity.${describeIssue(posted.error)}`);

    const files = this.toStored(conversationId, content.files);
    const userId = caller.kind === 'token' ? caller.claims.user : found.userId;
    const { from, ...fields } = posted.data;
    const activity: WireActivity = {
      ...fields,
      type: ActivityTypes.Message,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: DIRECTLINE_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: userId, name: from?.name ?? '', role: 'user' },
      recipient: { ...this.botAccount() },
      attachments: files.map((f) => this.attachmentOf(f, request.base)),
      // Web Chat shows these sizes beside file names; ours are the ones that count.
      channelData: { ...fields.channelData, attachmentSizes: files.map((f) => f.size) },
    };
    await this.deps.attachments.putAll(files);
    let stored: StoredActivity;
    try {
      stored = await this.appendAndPublish(conversationId, activity, true);
    } catch (err) {
      // The files would be linked from nowhere: take them back out.
      await this.deps.attachments.deleteAll(files.map((f) => f.id)).catch(() => undefined);
      throw err;
    }
    this.deps.logger.info('directline upload stored', {
      conversationId,
      files: files.length,
      bytes: files.reduce((n, f) => n + f.size, 0),
    });
    this.afterStored(stored);
    return { status: 200, body: { id: stored.activity.id } };
  }

  /**
   * `GET /attachments/:id?e=&s=`: the file, if the URL's signature holds and it has not
   * expired. Served with its stored type, `nosniff`, a safe file name, and a sandboxing CSP so
   * that even a file opened on its own runs nothing in the bot's origin.
   */
  async attachment(id: string, e: string, s: string): Promise<FileReply | Reply> {
    const check = this.deps.urls.verify(id, e, s);
    if (!check.ok)
      return check.reason === 'expired'
        ? errorReply(403, 'Forbidden', 'attachment link has expired')
        : errorReply(403, 'Forbidden', 'attachment link is not valid');
    const file = await this.deps.attachments.get(id);
    if (!file) return errorReply(404, 'NotFound', 'attachment not found');
    const type = FILE_TYPES.find((t) => t.contentType === file.contentType);
    const maxAge = Math.max(0, Math.min(3600, Number(e) - Math.floor(this.deps.now().getTime() / 1000)));
    return {
      bytes: file.bytes,
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.bytes.length),
        'Content-Disposition': contentDisposition(type?.disposition ?? 'attachment', file.name),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        'Cache-Control': `private, max-age=${maxAge}`,
        'Referrer-Policy': 'no-referrer',
      },
    };
  }

  /** Checks a stream token before the WebSocket upgrade. */
  async authorizeStream(
    conversationId: string,
    t: string | null,
  ): Promise<{ ok: true } | { ok: false; status: 403 | 404 }> {
    const check = this.deps.tokens.verify(t ?? '', 'stream');
    if (!check.ok || check.claims.conv !== conversationId) return { ok: false, status: 403 };
    if (!(await this.deps.log.get(conversationId))) return { ok: false, status: 404 };
    return { ok: true };
  }

  /** Reads the log from `after`, for the stream's replay. */
  backlog(conversationId: string, after: number): Promise<StoredActivity[]> {
    return this.deps.log.after(conversationId, after, this.deps.limits.pageSize);
  }

  /**
   * Runs the turns acknowledged but not answered before this process started (a crash, or an
   * instance that died holding them), and keeps looking for such turns. Call once the adapter's
   * middleware and error handler are in place.
   */
  resumeTurns(): void {
    this.runner.start();
  }

  /** Stops taking turns (the queued ones wait in the inbox for the next start) and waits for running ones. */
  async close(): Promise<void> {
    await this.runner.close();
    await this.turns.drain();
  }

  private async deliverOutgoing(activity: Partial<Activity>): Promise<ResourceResponse> {
    const conversationId = activity.conversation?.id;
    if (!conversationId) throw new Error('outgoing activity without conversation.id');
    if (isHandoffActivity(activity) && (await this.startedByBrowser(conversationId))) {
      // directline.md §11: the page would get the transcript and routing context. Never stored,
      // so neither a poll, nor a stream, nor another instance can hand it over.
      this.deps.logger.info('directline handoff event withheld from a widget conversation', {
        conversationId,
        name: activity.name ?? activity.type,
      });
      return { id: '' };
    }
    // The server stamps time; serviceUrl is ours and means nothing to the page.
    const { serviceUrl: _url, timestamp: _time, localTimestamp: _local, ...rest } = activity;
    const outgoing: WireActivity = {
      ...rest,
      channelId: DIRECTLINE_CHANNEL_ID,
      from: this.senderOf(activity),
      recipient: activity.recipient ? { ...activity.recipient, role: 'user' } : undefined,
    };
    if (outgoing.type === ActivityTypes.Typing) {
      const id = `${conversationId}|typing-${crypto.randomBytes(4).toString('hex')}`;
      this.deps.hub.publish(conversationId, { ...outgoing, id, timestamp: this.deps.now().toISOString() });
      return { id };
    }
    const stored = await this.appendAndPublish(conversationId, outgoing);
    return { id: stored.activity.id };
  }

  /**
   * True unless the conversation's record says a back end started it: a browser's, or one not
   * found (fail closed), or one whose record cannot be read now.
   */
  private async startedByBrowser(conversationId: string): Promise<boolean> {
    try {
      return (await this.deps.log.get(conversationId))?.origin !== 'backend';
    } catch (err) {
      this.deps.logger.error('directline conversation record unreadable; treating it as a browser', {
        conversationId,
        err,
      });
      return true;
    }
  }

  /**
   * Appends and publishes under a per-conversation lock, so sockets get activities in `seq`
   * order (the hub drops anything at or below what a socket has seen: an inversion is a gap).
   */
  private appendAndPublish(
    conversationId: string,
    activity: WireActivity,
    queueTurn = false,
  ): Promise<StoredActivity> {
    const previous = this.appends.get(conversationId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        // A turn is queued in the transaction that stores the message, before the 200: a crash
        // after the acknowledgement leaves it in the inbox, never lost.
        const stored = queueTurn
          ? await this.deps.inbox.accept(conversationId, activity, this.deps.now())
          : await this.deps.log.append(conversationId, activity, this.deps.now());
        this.deps.hub.publish(conversationId, stored.activity, stored.seq);
        return stored;
      });
    this.appends.set(conversationId, next);
    void next
      .catch(() => undefined)
      .then(() => {
        if (this.appends.get(conversationId) === next) this.appends.delete(conversationId);
      });
    return next;
  }

  /** True (and recorded) when this conversation's typing may run a turn now. */
  private typingTurnDue(conversationId: string): boolean {
    const t = this.deps.now().getTime();
    const last = this.typingTurns.get(conversationId);
    if (last !== undefined && t >= last && t - last < TYPING_TURN_INTERVAL_MS) return false;
    this.typingTurns.set(conversationId, t);
    // Bounded without a timer: entries past the window are forgotten whenever the map grows.
    if (this.typingTurns.size > 1024)
      for (const [k, at] of this.typingTurns)
        if (t - at >= TYPING_TURN_INTERVAL_MS) this.typingTurns.delete(k);
    return true;
  }

  /** The turn is in the inbox with the message: start it here unless it is already running. */
  private afterStored(stored: StoredActivity): void {
    this.runner.kick(stored.activity.conversation?.id ?? '');
  }

  /**
   * The attachment as the activity carries it. Web Chat shows a customer's own attachment as a
   * picture only when it has a `thumbnailUrl` (else as a file to download), so pictures a browser
   * can show get the same signed URL as their thumbnail.
   */
  /**
   * A file an agent sends to the customer: checked like a customer's upload (sniffed type, size)
   * and stored the same way, beside the conversation's other files, behind a signed URL.
   */
  async storeFile(conversationId: string, file: OutgoingFile, base: string): Promise<StoreFileResult> {
    const max = this.deps.limits.maxUploadFileBytes;
    if (file.bytes.length === 0) return { ok: false, status: 400, message: 'the file is empty' };
    if (file.bytes.length > max)
      return { ok: false, status: 413, message: `${file.bytes.length} bytes; at most ${max} per file` };
    const check = checkFileType(file.bytes, file.contentType);
    if (!check.ok) return { ok: false, status: 415, message: `${check.message}; send ${ALLOWED_TYPES_TEXT}` };
    const name = safeFileName(file.name, `attachment.${check.type.extension}`);
    const [stored] = this.toStored(conversationId, [{ name, type: check.type, bytes: file.bytes }]);
    await this.deps.attachments.putAll([stored]);
    this.deps.logger.info('directline agent file stored', { conversationId, size: stored.size });
    return { ok: true, attachment: this.attachmentOf(stored, base) };
  }

  private attachmentOf(file: StoredAttachment, base: string): Attachment {
    const contentUrl = this.deps.urls.url(base, file.id);
    const inline = FILE_TYPES.find((t) => t.contentType === file.contentType)?.disposition === 'inline';
    return inline
      ? { contentType: file.contentType, contentUrl, name: file.name, thumbnailUrl: contentUrl }
      : { contentType: file.contentType, contentUrl, name: file.name };
  }

  private toStored(conversationId: string, files: readonly AcceptedFile[]): StoredAttachment[] {
    const createdAt = this.deps.now().toISOString();
    return files.map((f) => ({
      id: newAttachmentId(),
      conversationId,
      contentType: f.type.contentType,
      name: f.name,
      size: f.bytes.length,
      createdAt,
      bytes: f.bytes,
    }));
  }

  /** Typing only: it is never stored, so it runs straight away (in order with this process's turns). */
  private queueTurn(activity: Partial<Activity>): void {
    void this.runTurn(activity);
  }

  private runTurn(activity: Partial<Activity>): Promise<void> {
    const conversationId = activity.conversation?.id ?? '';
    return this.turns.run(conversationId, () => this.adapter.processActivity(activity, this.deps.logic));
  }

  private conversationUpdate(conversationId: string, userId: string, locale?: string): WireActivity {
    const user: ChannelAccount = { id: userId, name: '', role: 'user' };
    // No id on purpose: replies would carry it as replyToId, and Web Chat holds activities whose
    // replyToId is not in its transcript (this update never is) for up to 5 s.
    return {
      type: ActivityTypes.ConversationUpdate,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: DIRECTLINE_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: user,
      recipient: this.botAccount(),
      membersAdded: [this.botAccount(), user],
      locale,
      timestamp: this.deps.now().toISOString(),
    };
  }

  /**
   * The trusted hub's handoff.status: applied to the conversation's ticket at once, as on
   * /api/messages. It is neither stored nor run as a turn: the conversation's log is what the
   * customer side reads, and the service tells the person what changed itself.
   */
  private async hubStatus(
    conversationId: string,
    posted: { name?: string; value?: unknown },
  ): Promise<Reply> {
    const activity: Partial<Activity> = {
      type: ActivityTypes.Event,
      name: posted.name,
      value: posted.value,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: DIRECTLINE_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    };
    const outcome = await this.deps.hubStatus!(activity);
    this.deps.logger.info('directline handoff.status from the hub', { conversationId, outcome });
    if (outcome === 'bad-value')
      return errorReply(400, 'BadArgument', 'value.state: expected accepted, failed or completed');
    return { status: 200, body: { id: `${conversationId}|hub-${crypto.randomBytes(4).toString('hex')}` } };
  }

  private async conversationFor(
    caller: Caller,
    conversationId: string,
  ): Promise<{ userId: string; origin: ConversationOrigin } | Reply> {
    if (caller.kind === 'token' && caller.claims.conv !== conversationId)
      return errorReply(403, 'Forbidden', 'token is for another conversation');
    const record = await this.deps.log.get(conversationId);
    if (!record) return errorReply(404, 'NotFound', 'conversation not found');
    return { userId: record.userId, origin: record.origin };
  }

  private connection(
    conversationId: string,
    userId: string,
    origin: ConversationOrigin,
    watermark: string,
    streamBase: string,
  ) {
    const { token, expiresIn } = this.deps.tokens.issue(conversationId, userId, 'conversation', origin);
    const stream = this.deps.tokens.issue(conversationId, userId, 'stream', origin).token;
    const query = new URLSearchParams({ watermark: String(parseWatermark(watermark) || ''), t: stream });
    const streamUrl = `${streamBase}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
    return { conversationId, token, expires_in: expiresIn, streamUrl };
  }

  private newConversationToken(userId: string, origin: ConversationOrigin) {
    const conversationId = newConversationId();
    const { token, expiresIn } = this.deps.tokens.issue(conversationId, userId, 'conversation', origin);
    return { conversationId, token, expires_in: expiresIn };
  }

  /**
   * Who the page sees as the sender. Agents speak as `role: 'bot'` with their own name (read out
   * as "… is typing"). TurnContext overwrites `from` with the bot account, so a turn marks an
   * agent's message with `channelData.agent = {id?, name}` (Web Chat's avatarMiddleware can key on
   * it too); a `from` given straight to adapter.sendActivities is kept as well.
   */
  private senderOf(activity: Partial<Activity>): ChannelAccount {
    const agent = agentSchema.safeParse(activity.channelData);
    const base = { ...this.botAccount(), ...activity.from };
    if (agent.success)
      return { ...base, id: agent.data.agent.id ?? base.id, name: agent.data.agent.name, role: 'bot' };
    return { ...base, role: 'bot' };
  }

  private botAccount(): ChannelAccount {
    return { id: this.deps.bot.id, name: this.deps.bot.name, role: 'bot' };
  }
}

/** The `activity` part of an upload: a message (the default when the part is left out). */
const uploadTemplateSchema = z.looseObject({ type: z.literal('message').default('message') });

const agentSchema = z.looseObject({
  agent: z.looseObject({ id: z.string().min(1).max(256).optional(), name: z.string().min(1).max(256) }),
});

/**
 * The Bot Framework handoff protocol's activities (`handoff.initiate`, `handoff.status`, any
 * `handoff.*` event, and the old `handoff` activity type): for the hubs only, never for a page.
 */
export function isHandoffActivity(activity: Partial<Activity>): boolean {
  if (typeof activity.type === 'string' && activity.type.toLowerCase() === 'handoff') return true;
  return typeof activity.name === 'string' && activity.name.toLowerCase().startsWith('handoff.');
}

function safeEqual(a: string, b: string): boolean {
  const ha = crypto.createHash('sha256').update(a).digest();
  const hb = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(ha, hb);
}
