/** Agent secrets are stored as scrypt hashes (node:crypto), compared in constant time. */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LEN = 32;

/** "scrypt$N$r$p$saltB64$hashB64": self-describing, so the cost can be raised later. */
export function hashSecret(secret: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(secret, salt, KEY_LEN, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** True when `secret` matches `stored`; false for any malformed record. */
export function verifySecret(secret: string, stored: string): boolean {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(secret, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummy: string | undefined;
/**
 * A hash to verify against when the name is unknown, so timing does not reveal valid names. Made
 * at the first sign-in rather than at start-up, where one scrypt costs about 60 ms.
 */
export function dummyHash(): string {
  dummy ??= hashSecret(randomBytes(12).toString('hex'));
  return dummy;
}
