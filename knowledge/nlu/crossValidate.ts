/**
 * k-fold cross-validation on the training data: each fold is trained on the others and judged
 * on itself. Folds are stratified by intent and drawn with a seeded shuffle, so the figures
 * repeat run to run.
 */
import { seededRandom } from '../seededRandom';
import type { Example } from './trainingData';

export interface Classifier {
  classify(text: string): { name: string; confidence: number };
}

export interface FoldResult {
  expected: string;
  predicted: string;
  confidence: number;
  example: Example;
}

export function stratifiedFolds(examples: readonly Example[], k: number, seed = 11): Example[][] {
  const random = seededRandom(seed);
  const byIntent = new Map<string, Example[]>();
  for (const e of examples) {
    const list = byIntent.get(e.intent) ?? [];
    list.push(e);
    byIntent.set(e.intent, list);
  }
  const folds: Example[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const intent of [...byIntent.keys()].sort()) {
    const list = byIntent.get(intent)!;
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    for (const e of list) folds[next++ % k].push(e);
  }
  return folds;
}

export function crossValidate(
  examples: readonly Example[],
  k: number,
  train: (examples: Example[]) => Classifier,
): FoldResult[] {
  const folds = stratifiedFolds(examples, k);
  const out: FoldResult[] = [];
  folds.forEach((test, i) => {
    const model = train(folds.filter((_, j) => j !== i).flat());
    for (const e of test) {
      const r = model.classify(e.text);
      out.push({ expected: e.intent, predicted: r.name, confidence: r.confidence, example: e });
    }
  });
  return out;
}
