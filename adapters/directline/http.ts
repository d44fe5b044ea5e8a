import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'restify';
import { nestsDeeperThan, tooDeepMessage } from '../http/jsonDepth';
import { errorReply, type Reply } from './service';
import { LOOPBACK_ONLY, type HostPolicy } from './trustedHost';

/** Sends a service reply through restify (JSON body, extra headers such as Retry-After). */
export function sendReply(res: Response, reply: Reply): void {
  res.send(reply.status, reply.body, reply.headers);
}

/**
 * Reads a JSON body ourselves, with a byte cap, instead of restify's bodyParser: the cap must
 * answer 413 in our error shape, and an empty body must mean "no body", not an error.
 */
export async function readJsonBody(
  req: Request,
  maxBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; reply: Reply }> {
  const read = await readRawBody(req, maxBytes);
  if (!read.ok) return read;
  const text = read.body.toString('utf8').trim();
  if (text === '') return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reply: errorReply(400, 'BadArgument', 'body: not valid JSON') };
  }
  if (nestsDeeperThan(value))
    return { ok: false, reply: errorReply(400, 'BadArgument', tooDeepMessage('body')) };
  return { ok: true, value };
}

/**
 * Reads the raw body with a byte cap: 413 as soon as the declared length or the bytes received
 * pass it. The rest of an oversized body is read and dropped, so the client gets our answer
 * rather than a reset connection.
 */
export function readRawBody(
  req: IncomingMessage,
  maxBytes: number,
): Promise<{ ok: true; body: Buffer } | { ok: false; reply: Reply }> {
  const tooBig = () => errorReply(413, 'MessageSizeTooBig', `request body is larger than ${maxBytes} bytes`);
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.resolve({ ok: false, reply: tooBig() });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        chunks.length = 0;
        resolve({ ok: false, reply: tooBig() });
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      if (!done)
        resolve({ ok: false, reply: errorReply(400, 'BadArgument', 'request body could not be read') });
      done = true;
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve({ ok: true, body: Buffer.concat(chunks, size) });
    });
  });
}

/** `ws://host` or `wss://host` for streamUrl: the configured public URL, else a trusted request host. */
export function streamBase(
  req: IncomingMessage,
  publicBaseUrl: string | undefined,
  trustProxy: boolean,
  hosts: HostPolicy = LOOPBACK_ONLY,
): string {
  return httpBase(req, publicBaseUrl, trustProxy, hosts).replace(/^http/, 'ws');
}

/**
 * `http(s)://host` for absolute URLs we hand out (attachments): the configured public URL, else
 * the request's Host header when `hosts` trusts it, else the configured default address.
 */
export function httpBase(
  req: IncomingMessage,
  publicBaseUrl: string | undefined,
  trustProxy: boolean,
  hosts: HostPolicy = LOOPBACK_ONLY,
): string {
  if (publicBaseUrl) return publicBaseUrl.replace(/\/+$/, '');
  const host = req.headers.host;
  if (!host || !hosts.trusted(host)) return hosts.fallbackBaseUrl;
  const proto = trustProxy
    ? String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        .trim()
    : '';
  const secure = proto === 'https' || ('encrypted' in req.socket && req.socket.encrypted === true);
  return `${secure ? 'https' : 'http'}://${host}`;
}

/**
 * Whether a browser origin may call us: the page's own origin always, others from the list
 * ('*' allows any). Requests without Origin (servers, tests) are not browsers and pass.
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.host === req.headers.host) return true;
  return allowed.includes('*') || allowed.some((a) => normaliseOrigin(a) === parsed.origin);
}

function normaliseOrigin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return value;
  }
}
