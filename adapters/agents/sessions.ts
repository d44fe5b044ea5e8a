/**
 * Agent sessions as the hub, its socket and the insights page check them: a valid signature, not
 * expired, and not signed out (the revocation list in the store, so that a token copied before
 * sign-out stops working at once, on every instance).
 */
import type { Agent } from '../../handoff/ports';
import type { SessionRevocations } from './revocations';
import { issueSession, readSessionToken, tokenFrom, type AgentSession } from './session';

export class AgentSessions {
  constructor(
    private readonly key: string,
    private readonly revocations: SessionRevocations,
    private readonly now: () => Date,
  ) {}

  /** A new session token for `agent`. */
  issue(agent: Agent): string {
    return issueSession(agent, this.key, this.now());
  }

  /** The session of a request (Bearer or cookie), or null. Rejects when the store cannot answer. */
  fromHeaders(headers: { authorization?: string; cookie?: string }): Promise<AgentSession | null> {
    return this.verify(tokenFrom(headers));
  }

  /** The session of `token` if it is signed, unexpired and not signed out; null otherwise. */
  async verify(token: string | undefined): Promise<AgentSession | null> {
    const session = readSessionToken(token, this.key, this.now());
    if (!session) return null;
    return (await this.revocations.isRevoked(session.id)) ? null : session;
  }

  /** True while `session` has neither expired nor been signed out (sockets re-check with it). */
  async stillValid(session: AgentSession): Promise<boolean> {
    return session.expiresAt > this.now().getTime() && !(await this.revocations.isRevoked(session.id));
  }

  /** Signs `session` out everywhere; old revocations are swept on the way. */
  async revoke(session: AgentSession): Promise<void> {
    await this.revocations.revoke(session.id, session.expiresAt);
    await this.revocations.purgeExpired(this.now());
  }
}
