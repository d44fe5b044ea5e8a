/**
 * The intent model: trained from the training set deterministically and asked one message at a
 * time. Its answer is a ranking of intents with probabilities; what to do with them is the rule's
 * business (knowledge/rule), under named thresholds.
 */
import { DEFAULT_FEATURE_WEIGHTS, featuresOf, type FeatureWeights } from './features';
import { DEFAULT_SOFTMAX, trainSoftmax, type SoftmaxModel, type SoftmaxOptions } from './softmax';
import type { Example } from './trainingData';
import type { WordVectors } from './wordVectors';

export interface ScoredIntent {
  name: string;
  confidence: number;
}

export interface IntentReading {
  /** The most likely intent. */
  name: string;
  confidence: number;
  /** Every intent, most likely first. */
  ranking: ScoredIntent[];
}

/** One intent's score in a ranking; 0 for an intent the model does not know. */
export function scoreIn(ranking: readonly ScoredIntent[], intent: string): number {
  return ranking.find((r) => r.name === intent)?.confidence ?? 0;
}

export interface IntentModel {
  readonly intents: readonly string[];
  classify(text: string): IntentReading;
}

export interface IntentModelOptions {
  features?: FeatureWeights;
  softmax?: SoftmaxOptions;
}

/** Wraps a trained (or cached) softmax as the intent model. */
export function intentModelFrom(
  softmax: SoftmaxModel,
  vectors: WordVectors | null,
  weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
): IntentModel {
  const intents = softmax.classes;
  return {
    intents,
    classify(text) {
      const p = softmax.predict(featuresOf(text, vectors, weights));
      const ranking = intents
        .map((name, i) => ({ name, confidence: p[i] }))
        .sort((a, b) => b.confidence - a.confidence);
      return { name: ranking[0].name, confidence: ranking[0].confidence, ranking };
    },
  };
}

export function trainSoftmaxOn(
  examples: readonly Example[],
  vectors: WordVectors | null,
  opts: IntentModelOptions = {},
): SoftmaxModel {
  const weights = opts.features ?? DEFAULT_FEATURE_WEIGHTS;
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const idOf = new Map(intents.map((name, i) => [name, i]));
  const xs = examples.map((e) => featuresOf(e.text, vectors, weights));
  const ys = examples.map((e) => idOf.get(e.intent)!);
  return trainSoftmax(xs, ys, intents, opts.softmax ?? DEFAULT_SOFTMAX);
}

export function trainIntentModel(
  examples: readonly Example[],
  vectors: WordVectors | null,
  opts: IntentModelOptions = {},
): IntentModel {
  return intentModelFrom(trainSoftmaxOn(examples, vectors, opts), vectors, opts.features);
}
