import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A random signing key kept in `<dataDir>/<name>` (mode 0600), made on first start. Keeping it
 * means a restart does not sign every agent out.
 */
export function loadOrCreateKey(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (fs.existsSync(file)) {
    const key = fs.readFileSync(file, 'utf8').trim();
    if (key.length >= 32) return key;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}
