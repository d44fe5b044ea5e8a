/**
 * Builds the intent model from what is on disk: the training files, the articles' questions and
 * the word-vector table. Called once by the composition root (and by the CLIs); the result is
 * shared by every conversation. Trained weights are cached by content hash (modelCache.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '../kb/loader';
import { findRepoRoot, knowledgeDir } from '../kb/paths';
import { createUnderstand, type Understand } from '../understand/understand';
import { defaultCompanyNames } from './companies';
import { DEFAULT_FEATURE_WEIGHTS } from './features';
import { TOKEN_RULES } from './tokens';
import { cacheKey, readCachedSoftmax, writeCachedSoftmax } from './modelCache';
import { intentModelFrom, trainSoftmaxOn, type IntentModel } from './model';
import { processLexiconFor } from './processLexicon';
import { DEFAULT_SOFTMAX } from './softmax';
import { KEEP, SHORTHAND, SPELLING_VOCABULARY } from '../understand/spelling';
import { loadTrainingSet, type TrainingSet } from './trainingData';
import { vectorTableFrom } from './vectorFile';
import { DEFAULT_VECTORS_FILE, wordVectorsFrom } from './wordVectors';

export const DEFAULT_TRAINING_DIR = (): string => path.join(knowledgeDir(), 'nlu', 'data');
/** Where trained weights are kept between starts (a cache: deleting it only costs one training). */
export const DEFAULT_CACHE_DIR = (): string =>
  path.join(findRepoRoot(), 'node_modules', '.cache', 'kx-intent-model');

export function trainingSetOf(
  kb: Pick<KnowledgeBase, 'articles'>,
  dataDir = DEFAULT_TRAINING_DIR(),
): TrainingSet {
  return loadTrainingSet(
    dataDir,
    kb.articles.map((a) => ({ id: a.id, questions: a.questions, reports: a.reports, file: a.file })),
  );
}

export interface LoadOptions {
  dataDir?: string;
  vectorsFile?: string;
  /** Where trained weights are kept between starts; null = never cache. */
  cacheDir?: string | null;
}

export interface LoadedModel {
  model: IntentModel;
  /** The parsed phrasings; read on first use (a cache hit never needs them). */
  training(): TrainingSet;
  /** True when the weights came from the cache rather than training. */
  cached: boolean;
}

/**
 * The training files as they are on disk, name and bytes, with the articles' questions and
 * reports: the cache key is taken from these, so a restart with unchanged data finds its weights
 * without parsing 700 KB of YAML (a third of the server's own start-up). Parsing happens only
 * when training, and it still names file and line of every problem.
 */
function rawTrainingData(kb: Pick<KnowledgeBase, 'articles'>, dataDir: string): unknown[] {
  const files = fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(dataDir, f), 'utf8')]);
  const articles = kb.articles.map((a) => [a.id, a.questions, a.reports ?? null]);
  return [files, articles];
}

export function loadIntentModel(kb: Pick<KnowledgeBase, 'articles'>, opts: LoadOptions = {}): LoadedModel {
  const dataDir = opts.dataDir ?? DEFAULT_TRAINING_DIR();
  let parsed: TrainingSet | null = null;
  const training = () => (parsed ??= trainingSetOf(kb, dataDir));
  const vectorsFile = opts.vectorsFile ?? DEFAULT_VECTORS_FILE();
  // Read once: the same bytes are parsed into the table and hashed into the cache key.
  const vectorBytes = fs.readFileSync(vectorsFile);
  const vectors = wordVectorsFrom(vectorTableFrom(vectorBytes, vectorsFile));
  const cacheDir = opts.cacheDir === undefined ? DEFAULT_CACHE_DIR() : opts.cacheDir;
  const companies = defaultCompanyNames().names;
  const key = cacheDir
    ? cacheKey(
        // The spelling tables shape every feature (normalise runs before tokens), so they key the cache too.
        [
          rawTrainingData(kb, dataDir),
          companies,
          DEFAULT_FEATURE_WEIGHTS,
          DEFAULT_SOFTMAX,
          SPELLING_TABLES,
          TOKEN_RULES,
        ],
        vectorBytes,
      )
    : '';
  const hit = cacheDir ? readCachedSoftmax(cacheDir, key) : null;
  const softmax = hit ?? trainSoftmaxOn(training().examples, vectors);
  if (cacheDir && !hit) writeCachedSoftmax(cacheDir, key, softmax);
  return { model: intentModelFrom(softmax, vectors), training, cached: hit !== null };
}

const SPELLING_TABLES = [SPELLING_VOCABULARY, [...KEEP], SHORTHAND];

/** One model per process and knowledge base: training is deterministic, so sharing it is safe. */
const understandCache = new WeakMap<object, Understand>();

/**
 * The understanding of messages for this knowledge base: the intent model, the process lookup
 * table and the entity readers, built once per process.
 */
export function understandFor(kb: Pick<KnowledgeBase, 'articles' | 'policy'>): Understand {
  let u = understandCache.get(kb);
  if (!u) {
    const { model } = loadIntentModel(kb);
    u = createUnderstand(model, processLexiconFor(kb));
    understandCache.set(kb, u);
  }
  return u;
}
