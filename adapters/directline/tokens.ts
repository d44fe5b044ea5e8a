import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Direct Line tokens: HS256 JWTs signed with a server key (directline.md §2). A few lines of
 * node:crypto instead of a JWT library: we only ever verify tokens we issued ourselves.
 */

/** `conversation` tokens work on the REST routes; `stream` tokens only open one WebSocket. */
export type TokenScope = 'conversation' | 'stream';

/**
 * Who the server minted the token for, recorded on the conversation when the token starts it
 * (ConversationRecord.origin): `widget` for `POST /api/webchat/token` (a browser), `backend` for
 * `POST /tokens/generate` with the Direct Line secret. Signed like every claim, so a client cannot
 * change it; a token without it (issued before the claim existed) counts as `widget`.
 */
export type ConversationOrigin = 'widget' | 'backend';

export interface TokenClaims {
  iss: string;
  aud: string;
  /** The one conversation this token grants. */
  conv: string;
  /** The `dl_…` user id; Web Chat reads it from the token as its own user id. */
  user: string;
  scope: TokenScope;
  /** See {@link ConversationOrigin}. */
  origin: ConversationOrigin;
  nbf: number;
  exp: number;
}

const claimsSchema = z.object({
  iss: z.string(),
  aud: z.string(),
  conv: z.string().min(1),
  user: z.string().min(1),
  scope: z.enum(['conversation', 'stream']),
  // Absent from tokens issued before the claim existed: fail closed, as a browser's.
  origin: z.enum(['widget', 'backend']).default('widget'),
  nbf: z.number(),
  exp: z.number(),
});

export const TOKEN_ISSUER = 'kingston-express-support/directline';
export const TOKEN_AUDIENCE = 'directline';
/** DirectLineJS refreshes every 15 min whatever we say, so conversation tokens must outlive that. */
export const CONVERSATION_TOKEN_SECONDS = 1800;
export const STREAM_TOKEN_SECONDS = 60;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/** Why a token was refused; `expired` maps to the `TokenExpired` error code. */
export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'not-yet-valid' | 'scope' };

/** Issues and checks tokens with one key and one clock. */
export class TokenService {
  constructor(
    private readonly key: Buffer,
    private readonly now: () => Date,
  ) {
    if (key.length < 32) throw new Error('directline signing key: expected at least 32 bytes');
  }

  /** Signs a token for `conv` and `user` in `scope`, minted for `origin`, valid from now. */
  issue(
    conv: string,
    user: string,
    scope: TokenScope,
    origin: ConversationOrigin,
  ): { token: string; expiresIn: number } {
    const iat = Math.floor(this.now().getTime() / 1000);
    const expiresIn = scope === 'stream' ? STREAM_TOKEN_SECONDS : CONVERSATION_TOKEN_SECONDS;
    const claims: TokenClaims = {
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
      conv,
      user,
      scope,
      origin,
      nbf: iat,
      exp: iat + expiresIn,
    };
    const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return { token: `${body}.${this.sign(body)}`, expiresIn };
  }

  /** Checks signature, issuer, audience, time window and scope. */
  verify(token: string, scope: TokenScope): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const actual = Buffer.from(parts[2]);
    if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual))
      return { ok: false, reason: 'signature' };
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const parsed = claimsSchema.safeParse(json);
    if (!parsed.success || parsed.data.iss !== TOKEN_ISSUER || parsed.data.aud !== TOKEN_AUDIENCE)
      return { ok: false, reason: 'malformed' };
    const nowSec = this.now().getTime() / 1000;
    if (nowSec >= parsed.data.exp) return { ok: false, reason: 'expired' };
    // A little leeway: several instances' clocks may differ by a second or two.
    if (nowSec + 5 < parsed.data.nbf) return { ok: false, reason: 'not-yet-valid' };
    if (parsed.data.scope !== scope) return { ok: false, reason: 'scope' };
    return { ok: true, claims: parsed.data };
  }

  private sign(body: string): string {
    return crypto.createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

/** A new conversation id: 128 random bits, base64url. */
export function newConversationId(): string {
  return crypto.randomBytes(16).toString('base64url');
}

/** A new Direct Line user id; Web Chat only trusts `dl_` ids that come inside the token. */
export function newUserId(): string {
  return `dl_${crypto.randomBytes(12).toString('base64url')}`;
}

/**
 * Reads the signing key from `<dataDir>/directline.key`, creating it (32 random bytes, mode 0600)
 * on first start, so a restart does not invalidate the tokens the widgets hold.
 */
export function loadOrCreateSigningKey(dataDir: string): Buffer {
  const file = path.join(dataDir, 'directline.key');
  try {
    const existing = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (existing.length < 32) throw new Error(`${file}: expected a base64 key of at least 32 bytes`);
    return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32);
  // 'wx' so that two processes starting at once cannot overwrite each other's key.
  try {
    fs.writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSigningKey(dataDir);
    throw err;
  }
  return key;
}
