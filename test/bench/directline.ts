/**
 * Direct Line load: conversations started through the self-hosted Direct Line 3.0 REST API with
 * the secret, one WebSocket stream each; a turn is timed from the POST of a message until the
 * bot's first reply to it (matched by `replyToId`) arrives on the stream.
 */
import http from 'node:http';
import WebSocket from 'ws';
import { z } from 'zod';
import { SUPPORT_MESSAGES } from './messages';
import type { RoundResult } from './load';

const startSchema = z.object({
  conversationId: z.string(),
  token: z.string(),
  streamUrl: z.string().optional(),
});
const tokenSchema = z.object({ conversationId: z.string(), token: z.string() });
const postedSchema = z.object({ id: z.string() });
const frameSchema = z.object({
  activities: z.array(
    z.looseObject({
      type: z.string().optional(),
      text: z.string().optional(),
      replyToId: z.string().optional(),
      from: z.looseObject({ id: z.string() }).optional(),
      suggestedActions: z
        .looseObject({ actions: z.array(z.looseObject({ value: z.unknown().optional() })).optional() })
        .optional(),
    }),
  ),
});

/** A bot activity as the relay driver reads it. */
export type StreamActivity = z.infer<typeof frameSchema>['activities'][number];

interface JsonResponse {
  status: number;
  body: unknown;
}

/** One JSON request with a bearer credential; the body is parsed when it is JSON. */
export function request(
  port: number,
  agent: http.Agent,
  method: string,
  path: string,
  bearer: string,
  body?: unknown,
): Promise<JsonResponse> {
  const payload = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent,
        headers: {
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : {};
          } catch {
            // keep the raw text: it is shown in the error
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // A server that never answers must fail the request, not hang the run.
    req.setTimeout(10_000, () =>
      req.destroy(Object.assign(new Error('no response in 10 s'), { code: 'timeout' })),
    );
    req.end(payload);
  });
}

/** Whether the server serves Direct Line with this secret: a token can be generated. */
export async function probeDirectLine(port: number, secret: string): Promise<string | null> {
  const agent = new http.Agent({ keepAlive: false });
  try {
    const res = await request(port, agent, 'POST', '/v3/directline/tokens/generate', secret, {});
    if (res.status === 200 && tokenSchema.safeParse(res.body).success) return null;
    return `POST /v3/directline/tokens/generate answered ${res.status}`;
  } catch (err) {
    return `POST /v3/directline/tokens/generate failed: ${(err as Error).message}`;
  } finally {
    agent.destroy();
  }
}

export class DlConversation {
  private readonly waiters = new Map<string, () => void>();
  private readonly early = new Set<string>();
  private readonly watchers = new Set<(a: StreamActivity) => void>();
  private socket?: WebSocket;

  constructor(
    readonly id: string,
    readonly token: string,
    readonly userId: string,
  ) {}

  async open(port: number, streamUrl: string): Promise<void> {
    // The stream URL is built from the server's public base URL; connect to the port we know.
    const u = new URL(streamUrl, `ws://127.0.0.1:${port}`);
    const ws = new WebSocket(`ws://127.0.0.1:${port}${u.pathname}${u.search}`);
    this.socket = ws;
    ws.on('message', (data) => this.onFrame(String(data)));
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
  }

  private onFrame(text: string): void {
    if (!text) return; // keep-alive
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const frame = frameSchema.safeParse(json);
    if (!frame.success) return;
    for (const a of frame.data.activities) {
      if (a.from?.id === this.userId) continue;
      for (const w of this.watchers) w(a);
      if (!a.replyToId) continue;
      const waiter = this.waiters.get(a.replyToId);
      if (waiter) {
        this.waiters.delete(a.replyToId);
        waiter();
      } else this.early.add(a.replyToId);
    }
  }

  /** Calls `fn` with every activity from the bot side (bot or agent) until the returned function is called. */
  watch(fn: (a: StreamActivity) => void): () => void {
    this.watchers.add(fn);
    return () => this.watchers.delete(fn);
  }

  /** Posts a message as the user; resolves with the server's activity id, or throws naming the status. */
  async send(port: number, agent: http.Agent, text: string): Promise<string> {
    const res = await request(
      port,
      agent,
      'POST',
      `/v3/directline/conversations/${encodeURIComponent(this.id)}/activities`,
      this.token,
      { type: 'message', from: { id: this.userId }, text, locale: 'en-US', textFormat: 'plain' },
    );
    const posted = postedSchema.safeParse(res.body);
    if (res.status !== 200 || !posted.success)
      throw Object.assign(new Error(`post answered ${res.status}`), { code: String(res.status) });
    return posted.data.id;
  }

  /** Resolves when the first reply to `activityId` has arrived (or had already arrived). */
  reply(activityId: string, timeoutMs: number): Promise<boolean> {
    if (this.early.delete(activityId)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(activityId);
        resolve(false);
      }, timeoutMs);
      this.waiters.set(activityId, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  close(): void {
    this.socket?.close();
  }
}

export interface DlSession {
  conversations: DlConversation[];
  agent: http.Agent;
  port: number;
  /** Per conversation: generate token + start + open the stream, ms. */
  setupMs: number[];
}

/** Starts `n` conversations and opens their streams, `parallel` at a time. */
export async function startDirectLine(
  port: number,
  secret: string,
  n: number,
  parallel: number,
): Promise<DlSession> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: parallel });
  const conversations: DlConversation[] = [];
  const setupMs: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const t0 = process.hrtime.bigint();
      const userId = `dl_bench${i}`;
      const gen = await request(port, agent, 'POST', '/v3/directline/tokens/generate', secret, {
        user: { id: userId, name: 'Bench User' },
      });
      const token = tokenSchema.parse(gen.body).token;
      const started = await request(port, agent, 'POST', '/v3/directline/conversations', token, {
        user: { id: userId },
        locale: 'en-US',
      });
      if (started.status !== 201 && started.status !== 200)
        throw new Error(`POST /v3/directline/conversations answered ${started.status}`);
      const s = startSchema.parse(started.body);
      if (!s.streamUrl) throw new Error('POST /v3/directline/conversations returned no streamUrl');
      const conv = new DlConversation(s.conversationId, s.token, userId);
      await conv.open(port, s.streamUrl);
      conversations.push(conv);
      setupMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: parallel }, () => worker()));
  return { conversations, agent, port, setupMs };
}

/** One measured round: each worker owns a slice of the conversations and runs them closed-loop. */
export async function runDirectLineRound(
  session: DlSession,
  concurrency: number,
  durationMs: number,
  messageOffset = 0,
): Promise<RoundResult> {
  const latenciesMs: number[] = [];
  const errorKinds: Record<string, number> = {};
  let turns = 0;
  let errors = 0;
  const fail = (kind: string) => {
    errors += 1;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(durationMs * 1e6));
  const worker = async (w: number) => {
    const mine = session.conversations.filter((_, i) => i % concurrency === w);
    let k = 0;
    while (mine.length && process.hrtime.bigint() < deadline) {
      const conv = mine[k % mine.length];
      const text = SUPPORT_MESSAGES[(messageOffset + w * 7 + k) % SUPPORT_MESSAGES.length];
      k += 1;
      const t0 = process.hrtime.bigint();
      try {
        const id = await conv.send(session.port, session.agent, text);
        if (await conv.reply(id, 10_000)) {
          turns += 1;
          latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
        } else fail('no reply in 10 s');
      } catch (err) {
        fail((err as NodeJS.ErrnoException).code ?? 'socket');
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { turns, errors, errorKinds, elapsedMs, turnsPerSec: (turns / elapsedMs) * 1000, latenciesMs };
}

/** Closes every stream and socket. */
export function stopDirectLine(session: DlSession): void {
  for (const c of session.conversations) c.close();
  session.agent.destroy();
}
