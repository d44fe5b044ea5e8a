/**
 * The Node flags `npm start` runs the server with (the heap limits in package.json's start
 * script), so that the bench's server child and compiled start are measured as they run in
 * production. BENCH_NODE_FLAGS="…" replaces them, to try other settings without editing the script.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './optional';

export function startNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.BENCH_NODE_FLAGS !== undefined) return env.BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean);
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  // "node --flag … scripts/start.js": the words between node and the script.
  const words = pkg.scripts.start.split(/\s+/);
  return words.slice(1).filter((w) => w.startsWith('--'));
}
