/**
 * `npm run eval -- --data ../shared/eval/dev.jsonl`: judges every line and prints per-outcome
 * recall / precision, the headline figures and a confusion matrix, scored like score_triage.py.
 * `--errors` also lists the lines judged wrong (for the person tuning, not for training).
 * `--cv [k]` first prints k-fold cross-validation (default 5) of the triage on the training data.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { loadKnowledgeBase } from '../kb/loader';
import { createArticleSearch } from '../search';
import { createTriage, formatReport, scoreRun } from '../triage';
import { isCorrect, labelOf } from '../triage/score';
import { trainingSetOf } from '../nlu/loadModel';
import { processLexiconFor } from '../nlu/processLexicon';
import { loadWordVectors } from '../nlu/wordVectors';
import { crossValidateTriage } from './crossValidation';

const lineSchema = z.object({ text: z.string(), expected: z.string(), also: z.array(z.string()).optional() });

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const file = argValue('--data') ?? '../shared/eval/dev.jsonl';
  const gold = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = lineSchema.safeParse(JSON.parse(l));
      if (!r.success)
        throw new Error(
          `${file}:${i + 1}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`,
        );
      return r.data;
    });
  const kb = loadKnowledgeBase();
  const search = createArticleSearch(kb.articles);
  if (process.argv.includes('--cv')) {
    const k = Number(argValue('--cv')) || 5;
    const { examples } = trainingSetOf(kb);
    const processes = processLexiconFor(kb);
    const started = performance.now();
    const cv = crossValidateTriage(kb, search, examples, loadWordVectors(), processes, k, new Date());
    console.log(
      `CROSS-VALIDATION: ${k} folds over ${examples.length} training examples (status lines left out: their outcome depends on dates)`,
    );
    console.log(formatReport(scoreRun(cv.gold, cv.preds)));
    console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    if (process.argv.includes('--cv-errors'))
      cv.gold.forEach((g, i) => {
        if (!isCorrect(g.expected, cv.preds[i]))
          console.log(`${g.expected.padEnd(34)} ${labelOf(cv.preds[i]).padEnd(34)} ${g.source} ${g.text}`);
      });
    console.log(`DEV: ${file}`);
  }
  const triage = createTriage(kb, search);
  const started = process.hrtime.bigint();
  const preds = gold.map((g) => triage.judge(g.text));
  const coldMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(formatReport(scoreRun(gold, preds)));
  // Warm throughput: the batch command judges many lines in one process.
  const warmStart = process.hrtime.bigint();
  for (let i = 0; i < 1000; i++) triage.judge(gold[i % gold.length].text);
  const warmMs = Number(process.hrtime.bigint() - warmStart) / 1e6;
  console.log(
    `\njudged ${gold.length} lines in ${coldMs.toFixed(0)} ms (first pass); 1,000 first messages in ${warmMs.toFixed(0)} ms (warm)`,
  );
  if (process.argv.includes('--errors')) {
    console.log('\nwrong:');
    gold.forEach((g, i) => {
      const p = preds[i];
      if (!isCorrect(g.expected, p))
        console.log(
          `${g.expected.padEnd(34)} ${labelOf(p).padEnd(34)} ${p.decision.reason.padEnd(24)} ${g.text}`,
        );
    });
  }
}

main();
