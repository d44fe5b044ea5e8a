import crypto from 'node:crypto';
import { newAttachmentId } from '../../adapters/directline/attachmentStore';
import { AttachmentUrlSigner } from '../../adapters/directline/attachmentUrls';
import { manualClock } from './support';

const BASE = 'https://bot.kingston.example';
const DAY = 86_400;

function setup() {
  const clock = manualClock();
  const key = crypto.randomBytes(32);
  const signer = new AttachmentUrlSigner(key, clock.now, 7 * DAY);
  const id = newAttachmentId();
  const url = new URL(signer.url(BASE, id));
  const parts = { e: url.searchParams.get('e') ?? '', s: url.searchParams.get('s') ?? '' };
  return { clock, key, signer, id, url, parts };
}

describe('signed attachment URLs', () => {
  test('when a URL is signed, then it is absolute under the base, carries expiry and signature, and verifies', () => {
    const { signer, id, url, parts, clock } = setup();
    expect(url.origin + url.pathname).toBe(`${BASE}/v3/directline/attachments/${id}`);
    expect(Number(parts.e)).toBe(clock.now().getTime() / 1000 + 7 * DAY);
    expect(signer.verify(id, parts.e, parts.s)).toEqual({ ok: true });
  });

  test('when the id, the expiry or the signature is changed, then the signature check fails', () => {
    const { signer, id, parts } = setup();
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    expect(signer.verify(newAttachmentId(), parts.e, parts.s)).toEqual({ ok: false, reason: 'signature' });
    expect(signer.verify(id, String(Number(parts.e) + DAY), parts.s)).toEqual({
      ok: false,
      reason: 'signature',
    });
    expect(signer.verify(id, parts.e, flip(parts.s))).toEqual({ ok: false, reason: 'signature' });
  });

  test('when another key signed it, then it fails; a key is needed, an id alone opens nothing', () => {
    const { id, parts, clock } = setup();
    const other = new AttachmentUrlSigner(crypto.randomBytes(32), clock.now, 7 * DAY);
    expect(other.verify(id, parts.e, parts.s)).toEqual({ ok: false, reason: 'signature' });
  });

  test.each([
    ['a short id', 'abc', undefined, undefined],
    ['a non-numeric expiry', undefined, 'soon', undefined],
    ['a missing signature', undefined, undefined, ''],
    ['a path in the id', '../' + 'a'.repeat(40), undefined, undefined],
  ])('when the URL has %s, then it is malformed', (_case, id, e, s) => {
    const h = setup();
    expect(h.signer.verify(id ?? h.id, e ?? h.parts.e, s ?? h.parts.s)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  test('when the expiry has passed, then it fails as expired; renew signs it again, and nothing else', () => {
    const { signer, id, parts, clock, url } = setup();
    clock.advance(7 * DAY * 1000 - 1000);
    expect(signer.verify(id, parts.e, parts.s)).toEqual({ ok: true });
    clock.advance(1000);
    expect(signer.verify(id, parts.e, parts.s)).toEqual({ ok: false, reason: 'expired' });
    const renewed = new URL(signer.renew(url.toString(), 'http://other.example') ?? '');
    expect(renewed.origin).toBe('http://other.example');
    expect(
      signer.verify(id, renewed.searchParams.get('e') ?? '', renewed.searchParams.get('s') ?? ''),
    ).toEqual({
      ok: true,
    });
    // A signature changed in its first character (to one it surely is not).
    const tampered = new URL(url.toString());
    const sig = tampered.searchParams.get('s') ?? '';
    tampered.searchParams.set('s', `${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`);
    expect(signer.renew(tampered.toString(), BASE)).toBeUndefined();
    expect(signer.renew('https://evil.example/picture.png', BASE)).toBeUndefined();
    expect(signer.renew('not a url', BASE)).toBeUndefined();
  });
});
