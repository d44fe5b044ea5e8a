#!/usr/bin/env node
/**
 * `npm run build`, and the first step of every `npm start` (scripts/start.js): compiles the
 * TypeScript when a source changed since the last build, so a restart with nothing changed skips
 * `tsc` (about 11 s). The sources' content hash is kept beside the output, in dist/.source-hash.
 * A build is `tsc` (type errors stop it; dist/ also holds the command-line tools) and then one
 * file for the server, dist/server.js: esbuild bundles tsc's dist/bot/main.js with the packages it
 * loads, so that starting it reads one file instead of resolving and reading about 1,500 (issue
 * 14). With `--train`, a build is followed by training (or finding cached) the intent model, where
 * an invalid phrasing is reported file by file; on a restart the server reads the model from the
 * cache itself.
 */
'use strict';

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
/** What tsconfig.build.json compiles, and what changes its output. */
const SOURCE_DIRS = ['bot', 'dialogs', 'knowledge', 'handoff', 'adapters'];
const BUILD_INPUTS = [
  'tsconfig.json',
  'tsconfig.build.json',
  'package-lock.json',
  'scripts/buildIfChanged.js',
];
const STAMP = path.join(ROOT, 'dist', '.source-hash');
const MAIN = path.join(ROOT, 'dist', 'bot', 'main.js');
/** The one-file server that `npm start` runs (scripts/serve.js). */
const SERVER = path.join(ROOT, 'dist', 'server.js');
/** V8's code cache for SERVER (scripts/serve.js); a new bundle makes it stale. */
const CODE_CACHE_DIR = path.join(ROOT, 'dist', '.v8-cache');
/**
 * Loaded from node_modules at run time, not bundled: native addons (better-sqlite3 and pg's
 * optional pg-native, with the files they find beside themselves), restify's optional
 * dtrace-provider, and marked, whose Markdown loader finds its files by require.resolve.
 */
const EXTERNAL = ['better-sqlite3', 'pg-native', 'dtrace-provider', 'marked'];

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

/** dist/bot/main.js and everything it loads, but the EXTERNAL packages, as dist/server.js. */
function bundleServer() {
  require('esbuild').buildSync({
    entryPoints: [MAIN],
    outfile: SERVER,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: EXTERNAL,
    logLevel: 'error',
  });
  fs.rmSync(CODE_CACHE_DIR, { recursive: true, force: true });
}

/**
 * Builds when a source changed since the last build (and, with `train`, trains the intent model
 * after it). Throws when tsc or the training fails; the child already printed why.
 */
function buildIfChanged({ train = false } = {}) {
  const hash = sourceHash();
  if (fs.existsSync(SERVER) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash) return;
  process.stdout.write(
    'compiling the TypeScript sources (first build, or a source changed since the last)\n',
  );
  fs.rmSync(STAMP, { force: true });
  run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
  bundleServer();
  fs.writeFileSync(STAMP, hash);
  if (train) run('dist/knowledge/cli/train.js', []);
}

module.exports = { buildIfChanged, SERVER, CODE_CACHE_DIR };

if (require.main === module) {
  try {
    buildIfChanged({ train: process.argv.includes('--train') });
  } catch (err) {
    // The child already printed what went wrong (a type error, an invalid phrasing).
    process.exitCode = typeof err.status === 'number' ? err.status : 1;
    if (typeof err.status !== 'number') process.stderr.write(`build: ${err.message}\n`);
  }
}
