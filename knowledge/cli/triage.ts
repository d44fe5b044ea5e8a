/**
 * `npm run --silent triage < in.jsonl > out.jsonl` (DESIGN contract 2). stdout carries only
 * the JSONL answers; anything else goes to stderr. Never imports 'natural' root (it prints).
 */
import readline from 'node:readline';
import { loadKnowledgeBase } from '../kb/loader';
import { createArticleSearch } from '../search';
import { createTriage, judgeLine } from '../triage';

async function main(): Promise<void> {
  const kb = loadKnowledgeBase();
  const triage = createTriage(kb, createArticleSearch(kb.articles));
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(judgeLine(line, n, triage))}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`triage: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
