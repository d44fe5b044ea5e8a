#!/usr/bin/env node
/**
 * Runs the compiled server, dist/server.js (`npm run build` bundles it into one file), through
 * V8's code cache: compiling its JavaScript is a good part of the start-up, and the cache turns
 * it into a read (issue 14). This is what `npm start` runs once the build is current. The cache
 * is written after the first start, into dist/.v8-cache/ (the build empties it), named after the
 * bundle's size and time (and Node's flags) so that a new bundle never meets an old cache; V8
 * itself rejects a cache from another Node version, and then the server compiles as usual and
 * writes a new one. A read-only dist/ only means no cache.
 */
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { SERVER, CODE_CACHE_DIR } = require('./buildIfChanged');

/**
 * When to write the cache: after the start-up's first turns of the event loop, so that it also
 * holds the functions the start-up compiled lazily (createApp, the knowledge load, listen).
 */
const WRITE_CACHE_AFTER_MS = 2000;

function readCache(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file, script) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, file);
  } catch {
    // A read-only dist/: the next start compiles again, nothing else changes.
  }
}

function serve() {
  if (!fs.existsSync(SERVER)) {
    process.stderr.write(
      `Could not start: ${path.relative(process.cwd(), SERVER)} is missing: run npm run build\n`,
    );
    process.exit(1);
  }
  const source = fs.readFileSync(SERVER, 'utf8');
  const { size, mtimeMs } = fs.statSync(SERVER);
  // V8 rejects a cache made under other flags: one file per set of flags, so that `npm start` and
  // a plain `node scripts/serve.js` do not overwrite each other's.
  const flags = crypto.createHash('sha1').update(process.execArgv.join(' ')).digest('hex').slice(0, 8);
  const cacheFile = path.join(CODE_CACHE_DIR, `server-${size}-${Math.round(mtimeMs)}-${flags}.bin`);
  const cachedData = readCache(cacheFile);
  const script = new vm.Script(Module.wrap(source), {
    filename: SERVER,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected)
    setTimeout(() => writeCache(cacheFile, script), WRITE_CACHE_AFTER_MS).unref();
  // The bundle runs as the CommonJS module dist/server.js: its require resolves from dist/.
  const mod = { exports: {}, id: SERVER, filename: SERVER, loaded: false };
  script.runInThisContext()(mod.exports, Module.createRequire(SERVER), mod, SERVER, path.dirname(SERVER));
}

serve();
