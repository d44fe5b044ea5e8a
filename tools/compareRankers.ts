/**
 * Compares the rankers on a labelled file (measuring only; nothing from it is stored):
 *   npx tsx tools/compareRankers.ts --data ../shared/eval/dev.jsonl [--misses]
 * For `answer:*` lines: top-1 topic accuracy with the eval's topic groups; mean confidence
 * and coverage on answer lines versus out_of_scope lines; mean query time.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { loadKnowledgeBase } from '../knowledge/kb/loader';
import { createArticleSearch } from '../knowledge/search';
import { loadSynonyms } from '../knowledge/search/synonyms';
import { RANKERS } from './search/rankers';

/** Topics the eval counts as one (shared/eval/README.md). */
export const TOPIC_GROUPS: readonly (readonly string[])[] = [
  ['order-status', 'shipping-tracking', 'delivery-timelines'],
  ['returns-refunds', 'refund-processing-times'],
];

/** True when `got` answers `expected`, counting grouped topics as one. */
export function sameTopic(expected: string, got: string | undefined): boolean {
  if (got === undefined) return false;
  if (expected === got) return true;
  return TOPIC_GROUPS.some((g) => g.includes(expected) && g.includes(got));
}

const lineSchema = z.object({ text: z.string(), expected: z.string() });

function readLines(file: string): z.infer<typeof lineSchema>[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l, i) => {
      const r = lineSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues[0]?.message}`);
      return r.data;
    });
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const pad = (s: string, n: number): string => s.padEnd(n);

function main(argv: string[]): void {
  const dataAt = argv.indexOf('--data');
  if (dataAt < 0 || !argv[dataAt + 1]) {
    process.stderr.write('usage: compareRankers --data <file.jsonl> [--misses]\n');
    process.exitCode = 2;
    return;
  }
  const showMisses = argv.includes('--misses');
  const lines = readLines(argv[dataAt + 1]);
  const answers = lines.filter((l) => l.expected.startsWith('answer:'));
  const oos = lines.filter((l) => l.expected === 'out_of_scope');
  const kb = loadKnowledgeBase();
  const synonyms = loadSynonyms();

  const header = `${pad('ranker', 11)}| ${pad('top-1 topic acc', 16)}| ${pad('conf answer', 12)}| ${pad('conf oos', 9)}| ${pad('cov answer', 11)}| ${pad('cov oos', 8)}| mean ms/query`;
  const rows: string[] = [];
  for (const [name, ranker] of Object.entries(RANKERS)) {
    const search = createArticleSearch(kb.articles, { ranker, synonyms });
    // One untimed pass so the timing compares steady states, not JIT warm-up.
    for (const l of [...answers, ...oos]) search.search(l.text, 3);
    let correct = 0;
    const confA: number[] = [];
    const covA: number[] = [];
    let elapsed = 0;
    for (const l of answers) {
      const t0 = performance.now();
      const r = search.search(l.text, 3);
      elapsed += performance.now() - t0;
      const expected = l.expected.slice('answer:'.length);
      if (sameTopic(expected, r.hits[0]?.id)) correct++;
      else if (showMisses) {
        process.stdout.write(
          `[${name}] want ${expected} got ${r.hits[0]?.id ?? '-'} (${r.confidence}): ${l.text}\n`,
        );
      }
      confA.push(r.confidence);
      covA.push(r.coverage);
    }
    const confO: number[] = [];
    const covO: number[] = [];
    for (const l of oos) {
      const t0 = performance.now();
      const r = search.search(l.text, 3);
      elapsed += performance.now() - t0;
      confO.push(r.confidence);
      covO.push(r.coverage);
      if (showMisses && r.confidence >= 0.4) {
        process.stdout.write(`[${name}] oos high ${r.hits[0]?.id} (${r.confidence}): ${l.text}\n`);
      }
    }
    const acc = `${correct}/${answers.length} = ${((100 * correct) / answers.length).toFixed(1)}%`;
    rows.push(
      `${pad(name, 11)}| ${pad(acc, 16)}| ${pad(mean(confA).toFixed(3), 12)}| ${pad(mean(confO).toFixed(3), 9)}| ${pad(mean(covA).toFixed(3), 11)}| ${pad(mean(covO).toFixed(3), 8)}| ${(elapsed / (answers.length + oos.length)).toFixed(3)}`,
    );
  }
  process.stdout.write(
    `${answers.length} answer lines, ${oos.length} out_of_scope lines, ${kb.articles.length} articles\n`,
  );
  process.stdout.write(`${header}\n${'-'.repeat(header.length)}\n${rows.join('\n')}\n`);
}

main(process.argv.slice(2));
