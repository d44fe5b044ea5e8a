/**
 * Closed-loop load over /api/messages: `concurrency` workers, each posting its next message as
 * soon as the previous reply is in, on keep-alive sockets, over many conversations
 * (`deliveryMode: expectReplies`, so the replies come back in the response body).
 */
import http from 'node:http';
import { SUPPORT_MESSAGES } from './messages';

export interface LoadOptions {
  port: number;
  path: string;
  /** Conversation id prefix; ids are `<prefix>-<i>` for i < conversations. */
  prefix: string;
  concurrency: number;
  conversations: number;
  durationMs: number;
  agent: http.Agent;
  /** Stop each worker after this many turns (before the deadline): the same work on every run. */
  turnsPerWorker?: number;
  /** What the workers say, in turn; the mixed support traffic unless given. */
  messages?: readonly string[];
}

export interface RoundResult {
  turns: number;
  errors: number;
  /** Status (or "socket") → count, for everything that was not 2xx. */
  errorKinds: Record<string, number>;
  elapsedMs: number;
  turnsPerSec: number;
  latenciesMs: number[];
}

/** A keep-alive agent sized to the concurrency, one per target so sockets are not shared. */
export function keepAliveAgent(concurrency: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
}

let activitySeq = 0;

function activityBody(conversationId: string, userId: string, text: string): string {
  activitySeq += 1;
  return JSON.stringify({
    type: 'message',
    id: `bench-${activitySeq}`,
    text,
    locale: 'en-US',
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    timestamp: new Date().toISOString(),
    from: { id: userId, name: 'Bench User' },
    recipient: { id: 'bot', name: 'Kingston Express Support' },
    conversation: { id: conversationId },
  });
}

function post(opts: LoadOptions, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: opts.port,
        path: opts.path,
        method: 'POST',
        agent: opts.agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // A server that never answers must fail the request, not hang the run.
    req.setTimeout(10_000, () =>
      req.destroy(Object.assign(new Error('no response in 10 s'), { code: 'timeout' })),
    );
    req.end(body);
  });
}

/**
 * One measured round. Worker w owns conversations w, w + c, w + 2c, …, so no conversation ever
 * has two turns in flight (a channel would not send them, and state saves would collide).
 */
export async function runRound(opts: LoadOptions, messageOffset = 0): Promise<RoundResult> {
  const messages = opts.messages ?? SUPPORT_MESSAGES;
  const latenciesMs: number[] = [];
  const errorKinds: Record<string, number> = {};
  let turns = 0;
  let errors = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(opts.durationMs * 1e6));
  const worker = async (w: number) => {
    const mine: number[] = [];
    for (let i = w; i < opts.conversations; i += opts.concurrency) mine.push(i);
    if (mine.length === 0) mine.push(w);
    let k = 0;
    while (process.hrtime.bigint() < deadline && k < (opts.turnsPerWorker ?? Infinity)) {
      const conv = mine[k % mine.length];
      const text = messages[(messageOffset + w * 7 + k) % messages.length];
      k += 1;
      const body = activityBody(`${opts.prefix}-${conv}`, `${opts.prefix}-user-${conv}`, text);
      const t0 = process.hrtime.bigint();
      try {
        const status = await post(opts, body);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (status >= 200 && status < 300) {
          turns += 1;
          latenciesMs.push(ms);
        } else {
          errors += 1;
          errorKinds[String(status)] = (errorKinds[String(status)] ?? 0) + 1;
        }
      } catch (err) {
        errors += 1;
        const kind = (err as NodeJS.ErrnoException).code ?? 'socket';
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, (_, w) => worker(w)));
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { turns, errors, errorKinds, elapsedMs, turnsPerSec: (turns / elapsedMs) * 1000, latenciesMs };
}
