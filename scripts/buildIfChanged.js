#!/usr/bin/env node
/**
 * `npm run build`, and the first step of every `npm start`: compiles the TypeScript when a source
 * changed since the last build, so a restart with nothing changed skips `tsc` (about 11 s). The
 * sources' content hash is kept beside the output, in dist/.source-hash. With `--train`, a build
 * is followed by training (or finding cached) the intent model, where an invalid phrasing is
 * reported file by file; on a restart the server reads the model from the cache itself.
 */
'use strict';

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
/** What tsconfig.build.json compiles, and what changes its output. */
const SOURCE_DIRS = ['bot', 'dialogs', 'knowledge', 'handoff', 'adapters'];
const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const STAMP = path.join(ROOT, 'dist', '.source-hash');
const MAIN = path.join(ROOT, 'dist', 'bot', 'main.js');

function sourceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

/** Content hash of every build input, paths included (a rename is a change). */
function sourceHash() {
  const files = [
    ...SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))),
    ...BUILD_INPUTS.map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f)),
  ].sort();
  const h = crypto.createHash('sha256');
  for (const f of files)
    h.update(path.relative(ROOT, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex');
}

function run(script, args) {
  execFileSync(process.execPath, [path.join(ROOT, script), ...args], { cwd: ROOT, stdio: 'inherit' });
}

function main() {
  const hash = sourceHash();
  const built = fs.existsSync(MAIN) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash;
  if (!built) {
    process.stdout.write(
      'compiling the TypeScript sources (first build, or a source changed since the last)\n',
    );
    run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
    fs.writeFileSync(STAMP, hash);
    if (process.argv.includes('--train')) run('dist/knowledge/cli/train.js', []);
  }
}

try {
  main();
} catch (err) {
  // The child already printed what went wrong (a type error, an invalid phrasing).
  process.exitCode = typeof err.status === 'number' ? err.status : 1;
  if (typeof err.status !== 'number') process.stderr.write(`build: ${err.message}\n`);
}
