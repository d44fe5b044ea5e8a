import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrCreateSigningKey } from '../../adapters/directline';
import { TokenService } from '../../adapters/directline/tokens';
import { manualClock } from './support';

describe('Direct Line tokens', () => {
  test('loadOrCreateSigningKey creates a 32-byte key with mode 0600 once, then returns the same key', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-key-'));
    try {
      const first = loadOrCreateSigningKey(path.join(dir, 'data'));
      const second = loadOrCreateSigningKey(path.join(dir, 'data'));
      expect(first).toHaveLength(32);
      expect(second.equals(first)).toBe(true);
      expect(fs.statSync(path.join(dir, 'data', 'directline.key')).mode & 0o777).toBe(0o600);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a token verifies with its scope only, not after exp, and not when signed with another key or altered', () => {
    const clock = manualClock();
    const key = crypto.randomBytes(32);
    const tokens = new TokenService(key, clock.now);
    const { token, expiresIn } = tokens.issue('conv-1', 'dl_abc', 'conversation', 'widget');
    expect(expiresIn).toBe(1800);
    expect(tokens.verify(token, 'conversation')).toMatchObject({
      ok: true,
      claims: { conv: 'conv-1', user: 'dl_abc' },
    });
    expect(tokens.verify(token, 'stream')).toEqual({ ok: false, reason: 'scope' });
    expect(new TokenService(crypto.randomBytes(32), clock.now).verify(token, 'conversation')).toEqual({
      ok: false,
      reason: 'signature',
    });
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), conv: 'conv-2' }),
    );
    expect(tokens.verify(`${h}.${forged.toString('base64url')}.${s}`, 'conversation')).toEqual({
      ok: false,
      reason: 'signature',
    });
    clock.advance(1800 * 1000);
    expect(tokens.verify(token, 'conversation')).toEqual({ ok: false, reason: 'expired' });
  });

  test('a token says whom the server minted it for (widget or back end); one without the claim counts as a widget', () => {
    const clock = manualClock();
    const key = crypto.randomBytes(32);
    const tokens = new TokenService(key, clock.now);
    for (const origin of ['widget', 'backend'] as const)
      expect(
        tokens.verify(tokens.issue('c', 'dl_u', 'conversation', origin).token, 'conversation'),
      ).toMatchObject({
        ok: true,
        claims: { origin },
      });
    // Signed by us before the claim existed: fail closed.
    const [h, p] = tokens.issue('c', 'dl_u', 'conversation', 'backend').token.split('.');
    const { origin: _dropped, ...older } = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const body = `${h}.${Buffer.from(JSON.stringify(older)).toString('base64url')}`;
    const legacy = `${body}.${crypto.createHmac('sha256', key).update(body).digest('base64url')}`;
    expect(tokens.verify(legacy, 'conversation')).toMatchObject({ ok: true, claims: { origin: 'widget' } });
    // Changing the claim breaks the signature.
    const forged = Buffer.from(JSON.stringify({ ...older, origin: 'backend' })).toString('base64url');
    expect(tokens.verify(`${h}.${forged}.${legacy.split('.')[2]}`, 'conversation')).toEqual({
      ok: false,
      reason: 'signature',
    });
  });
});
