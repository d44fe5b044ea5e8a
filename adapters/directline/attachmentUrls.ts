import crypto from 'node:crypto';
import { ATTACHMENT_ID } from './attachmentStore';

/** Where files are served; the route and the URLs we sign must agree. */
export const ATTACHMENT_PATH = '/v3/directline/attachments';

export type UrlCheck = { ok: true } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

/**
 * Signed, expiring attachment URLs: `<base>/v3/directline/attachments/<id>?e=<unix s>&s=<hmac>`.
 * An `<img>` cannot send a token, so the URL itself is the permission: the customer's Web Chat,
 * the bot and the agent console can open it, while an id alone (guessed, or from a log line)
 * opens nothing. The key is derived from the Direct Line signing key, so a token signature can
 * never pass as a URL signature or the reverse.
 */
export class AttachmentUrlSigner {
  private readonly key: Buffer;

  constructor(
    signingKey: Buffer,
    private readonly now: () => Date,
    /** How long a signed URL works. */
    private readonly ttlSeconds: number,
  ) {
    this.key = crypto.createHmac('sha256', signingKey).update('directline attachment urls v1').digest();
  }

  /** An absolute URL for `id` under `base` (no trailing slash), valid for ttlSeconds from now. */
  url(base: string, id: string): string {
    const exp = Math.floor(this.now().getTime() / 1000) + this.ttlSeconds;
    return `${base}${ATTACHMENT_PATH}/${id}?e=${exp}&s=${this.sign(id, exp)}`;
  }

  /** Checks the id's shape, the signature (in constant time) and then the expiry. */
  verify(id: string, e: string, s: string): UrlCheck {
    if (!ATTACHMENT_ID.test(id) || !/^\d{1,12}$/.test(e) || !/^[A-Za-z0-9_-]{43}$/.test(s))
      return { ok: false, reason: 'malformed' };
    const exp = Number(e);
    const expected = Buffer.from(this.sign(id, exp));
    if (!crypto.timingSafeEqual(expected, Buffer.from(s))) return { ok: false, reason: 'signature' };
    if (this.now().getTime() / 1000 >= exp) return { ok: false, reason: 'expired' };
    return { ok: true };
  }

  /**
   * A fresh URL for one of ours whose signature checks out even if it has expired (for the agent
   * console showing an old transcript); undefined for any other URL.
   */
  renew(url: string, base: string): string | undefined {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    const prefix = `${ATTACHMENT_PATH}/`;
    if (!parsed.pathname.startsWith(prefix)) return undefined;
    const id = parsed.pathname.slice(prefix.length);
    const check = this.verify(id, parsed.searchParams.get('e') ?? '', parsed.searchParams.get('s') ?? '');
    if (!check.ok && check.reason !== 'expired') return undefined;
    return this.url(base, id);
  }

  private sign(id: string, exp: number): string {
    return crypto.createHmac('sha256', this.key).update(`${id}.${exp}`).digest('base64url');
  }
}
