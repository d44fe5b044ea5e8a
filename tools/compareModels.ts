/**
 * Compares intent models by k-fold cross-validation on the training data (never on
 * ../shared/eval): natural's BayesClassifier and LogisticRegressionClassifier, our linear model
 * over word and character n-grams with and without word vectors, and nearest neighbours by word
 * vectors alone. Prints one table; the README quotes it.
 *
 *   npx tsx tools/compareModels.ts [--folds 5] [--only name,name]
 */
import { BayesClassifier, LogisticRegressionClassifier } from 'natural/lib/natural/classifiers';
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { loadKnowledgeBase } from '../knowledge/kb/loader';
import { crossValidate, type Classifier } from '../knowledge/nlu/crossValidate';
import { DEFAULT_FEATURE_WEIGHTS } from '../knowledge/nlu/features';
import { trainingSetOf } from '../knowledge/nlu/loadModel';
import { trainIntentModel } from '../knowledge/nlu/model';
import { intentScores } from '../knowledge/nlu/scores';
import { wordsOf } from '../knowledge/nlu/tokens';
import type { Example } from '../knowledge/nlu/trainingData';
import { loadWordVectors, type WordVectors } from '../knowledge/nlu/wordVectors';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function naturalClassifier(kind: 'bayes' | 'logistic', examples: Example[]): Classifier {
  const c =
    kind === 'bayes' ? new BayesClassifier(PorterStemmer) : new LogisticRegressionClassifier(PorterStemmer);
  for (const e of examples) c.addDocument(wordsOf(e.text).join(' '), e.intent);
  c.train();
  return {
    classify(text) {
      const all = c.getClassifications(wordsOf(text).join(' '));
      const total = all.reduce((s, x) => s + x.value, 0) || 1;
      return { name: all[0].label, confidence: all[0].value / total };
    },
  };
}

/** k nearest training sentences by cosine of their mean word vectors; votes weighted by similarity. */
function nearestNeighbours(examples: Example[], vectors: WordVectors, k = 7): Classifier {
  const rows = examples.map((e) => ({ intent: e.intent, v: vectors.sentence(wordsOf(e.text), 1) }));
  return {
    classify(text) {
      const q = vectors.sentence(wordsOf(text), 1);
      const best = rows
        .map((r) => {
          let s = 0;
          for (let d = 0; d < q.length; d++) s += q[d] * r.v[d];
          return { intent: r.intent, s };
        })
        .sort((a, b) => b.s - a.s)
        .slice(0, k);
      const votes = new Map<string, number>();
      for (const b of best) votes.set(b.intent, (votes.get(b.intent) ?? 0) + Math.max(0, b.s));
      const [name, v] = [...votes].sort((a, b) => b[1] - a[1])[0];
      const total = [...votes.values()].reduce((s, x) => s + x, 0) || 1;
      return { name, confidence: v / total };
    },
  };
}

function main(): void {
  const folds = Number(arg('folds') ?? 5);
  const only = arg('only')?.split(',');
  const kb = loadKnowledgeBase();
  const { examples } = trainingSetOf(kb);
  const vectors = loadWordVectors();
  const models: Record<string, (ex: Example[]) => Classifier> = {
    'linear n-grams + vectors': (ex) => trainIntentModel(ex, vectors),
    'linear n-grams': (ex) =>
      trainIntentModel(ex, null, { features: { ...DEFAULT_FEATURE_WEIGHTS, dense: 0 } }),
    'vectors kNN': (ex) => nearestNeighbours(ex, vectors),
    'natural bayes': (ex) => naturalClassifier('bayes', ex),
    // Dense matrices over the whole vocabulary: by far the slowest, so it runs last.
    'natural logistic': (ex) => naturalClassifier('logistic', ex),
  };
  console.log(
    `${examples.length} examples, ${new Set(examples.map((e) => e.intent)).size} intents, ${folds}-fold`,
  );
  console.log(
    'model                       accuracy  macro recall  security recall  escalations wrong  train ms/fold',
  );
  for (const [name, train] of Object.entries(models)) {
    if (only && !only.includes(name)) continue;
    const t0 = performance.now();
    const results = crossValidate(examples, folds, train);
    const ms = (performance.now() - t0) / folds;
    const s = intentScores(results);
    console.log(
      `${name.padEnd(26)}  ${s.accuracy.toFixed(3).padStart(8)}  ${s.macroRecall.toFixed(3).padStart(12)}  ${s.securityRecall
        .toFixed(3)
        .padStart(15)}  ${s.falseEscalation.toFixed(3).padStart(17)}  ${ms.toFixed(0).padStart(13)}`,
    );
  }
}

main();
