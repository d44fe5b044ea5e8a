#!/usr/bin/env node
/**
 * Fetches the pinned Web Chat bundle into vendor/webchat/<version>/ (git-ignored).
 *
 * Why not node_modules: installing botframework-webchat pulls ~425 packages for one static file
 * (stack-notes.md §7). `npm pack` downloads only the tarball; the sha256 pin makes the file we
 * serve exactly the one we reviewed. Idempotent: quiet when the verified file is already there.
 */
'use strict';

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const VERSION = '4.18.1';
const SHA256 = '0a68ad0a64fc04d621197da10c3eec0f843e16f7d03f6bcbed29b47517cf9bff';
const FILES = ['webchat.js', 'webchat.js.LICENSE.txt'];
const targetDir = path.resolve(__dirname, '..', 'vendor', 'webchat', VERSION);

function sha256Of(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * webchat.js.gz beside the bundle, once: the server serves it to browsers that accept gzip
 * (after checking it unpacks to the bundle) instead of compressing 3.9 MB at every start.
 */
function writeGzipCopy(bundle) {
  const gz = `${bundle}.gz`;
  if (fs.existsSync(gz)) return;
  fs.writeFileSync(`${gz}.tmp`, zlib.gzipSync(fs.readFileSync(bundle), { level: 9 }));
  fs.renameSync(`${gz}.tmp`, gz);
}

function fail(message) {
  process.stderr.write(`fetch-webchat: ${message}\n`);
  process.exit(1);
}

/** Fetches the bundle unless the verified file is already there; exits the process when it cannot. */
function fetchWebChat() {
  const bundle = path.join(targetDir, 'webchat.js');
  if (fs.existsSync(bundle) && sha256Of(bundle) === SHA256) return writeGzipCopy(bundle);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-'));
  try {
    let tarball;
    try {
      const out = execFileSync('npm', ['pack', `botframework-webchat@${VERSION}`, '--silent'], {
        cwd: tmp,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      tarball = out.trim().split('\n').pop();
    } catch (err) {
      fail(
        `npm pack botframework-webchat@${VERSION} failed (is the npm registry reachable?)\n${err.stderr || err.message}`,
      );
    }
    const members = FILES.map((f) => `package/dist/${f}`);
    try {
      execFileSync('tar', ['-xzf', path.join(tmp, tarball), '-C', tmp, ...members], { stdio: 'pipe' });
    } catch (err) {
      fail(`could not extract ${members.join(', ')} from ${tarball}: ${err.stderr || err.message}`);
    }
    const extracted = path.join(tmp, 'package', 'dist', 'webchat.js');
    const actual = sha256Of(extracted);
    if (actual !== SHA256)
      fail(`sha256 mismatch for webchat.js: expected ${SHA256}, got ${actual}; refusing to install it`);

    fs.mkdirSync(targetDir, { recursive: true });
    for (const f of FILES) fs.copyFileSync(path.join(tmp, 'package', 'dist', f), path.join(targetDir, f));
    writeGzipCopy(bundle);
    process.stderr.write(
      `fetch-webchat: installed botframework-webchat ${VERSION} into ${path.relative(process.cwd(), targetDir)}\n`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { fetchWebChat, VERSION };

if (require.main === module) fetchWebChat();
