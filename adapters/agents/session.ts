/**
 * Signed session tokens for agents: HMAC-SHA256 over a small JSON claim. Each carries a random
 * session id, so that signing out can revoke that one session (sessions.ts checks the store).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Agent } from '../../handoff/ports';

export const SESSION_COOKIE = 'kx_agent';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const claimSchema = z.object({
  sid: z.string().min(16).max(64),
  sub: z.string().min(1),
  name: z.string().min(1),
  exp: z.number(),
});

/** A signed-in agent's session as its token states it. */
export interface AgentSession {
  id: string;
  agent: Agent;
  /** When the token stops working (ms since the epoch). */
  expiresAt: number;
}

const sign = (payload: string, key: string) => createHmac('sha256', key).update(payload).digest('base64url');

/** Issues a token for `agent`, valid for {@link SESSION_TTL_MS} from `now`. */
export function issueSession(agent: Agent, key: string, now: Date): string {
  const payload = Buffer.from(
    JSON.stringify({
      sid: randomBytes(16).toString('base64url'),
      sub: agent.id,
      name: agent.name,
      exp: now.getTime() + SESSION_TTL_MS,
    }),
  ).toString('base64url');
  return `${payload}.${sign(payload, key)}`;
}

/** The agent of a valid, unexpired token; null for anything else. Revocation is not checked here. */
export function readSession(token: string | undefined, key: string, now: Date): Agent | null {
  return readSessionToken(token, key, now)?.agent ?? null;
}

/** The session of a valid, unexpired token; null for anything else. Revocation is not checked here. */
export function readSessionToken(token: string | undefined, key: string, now: Date): AgentSession | null {
  if (!token) return null;
  const [payload, sig] = token.split('.');
  if (!payload || !sig) return null;
  const expected = Buffer.from(sign(payload, key));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claim = claimSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!claim.success || claim.data.exp <= now.getTime()) return null;
    return {
      id: claim.data.sid,
      agent: { id: claim.data.sub, name: claim.data.name },
      expiresAt: claim.data.exp,
    };
  } catch {
    return null;
  }
}

/** The token from `Authorization: Bearer …` or the session cookie. */
export function tokenFrom(headers: { authorization?: string; cookie?: string }): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (bearer) return bearer[1];
  for (const part of (headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return decodeURIComponent(v.join('='));
  }
  return undefined;
}
