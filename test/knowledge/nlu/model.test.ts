/** The intent model: deterministic training, rankings that are probabilities, the cache that serves restarts. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crossValidate, stratifiedFolds } from '../../../knowledge/nlu/crossValidate';
import { cacheKey, readCachedSoftmax, writeCachedSoftmax } from '../../../knowledge/nlu/modelCache';
import { intentModelFrom, trainIntentModel, trainSoftmaxOn } from '../../../knowledge/nlu/model';
import { DEFAULT_SOFTMAX } from '../../../knowledge/nlu/softmax';
import type { Example } from '../../../knowledge/nlu/trainingData';
import { wordVectorsFrom } from '../../../knowledge/nlu/wordVectors';

const ex = (intent: string, ...texts: string[]): Example[] =>
  texts.map((text, i) => ({ text, intent, source: `test:${intent}:${i}` }));

const EXAMPLES: Example[] = [
  ...ex(
    'refund',
    'how long does a refund take',
    'when do I get my money back',
    'refund timing please',
    'money back when',
  ),
  ...ex(
    'hacked',
    'someone hacked my account',
    'my account was compromised',
    'a stranger logged in',
    'hacker got in',
  ),
  ...ex(
    'weather',
    'what is the weather tomorrow',
    'will it rain today',
    'forecast for london',
    'is it sunny',
  ),
];

/** Two made-up dimensions: "reimbursement" sits where "refund" does, so an unseen word still counts. */
const vectors = wordVectorsFrom({
  dimensions: 2,
  index: new Map([
    ['refund', 0],
    ['reimbursement', 1],
    ['rain', 2],
  ]),
  data: Int8Array.from([127, 0, 120, 10, 0, 127]),
});

describe('trainIntentModel', () => {
  it('when trained twice on the same data, then it gives the same scores (seeded, no clock)', () => {
    const a = trainIntentModel(EXAMPLES, vectors).classify('my account got hacked');
    const b = trainIntentModel(EXAMPLES, vectors).classify('my account got hacked');
    expect(a).toEqual(b);
    expect(a.name).toBe('hacked');
  });

  it('then the ranking covers every intent, most likely first, and sums to 1', () => {
    const r = trainIntentModel(EXAMPLES, vectors).classify('will it rain');
    expect(r.ranking.map((x) => x.name).sort()).toEqual(['hacked', 'refund', 'weather']);
    expect(r.ranking[0].confidence).toBeGreaterThanOrEqual(r.ranking[1].confidence);
    expect(r.ranking.reduce((s, x) => s + x.confidence, 0)).toBeCloseTo(1, 9);
    expect(r.name).toBe('weather');
  });

  it('when a typo is typed, then character n-grams still find the intent', () => {
    expect(trainIntentModel(EXAMPLES, null).classify('sombody hackd me').name).toBe('hacked');
  });

  it('when hidden units are asked for, then training is still deterministic and they take part in the scores', () => {
    const opts = { softmax: { ...DEFAULT_SOFTMAX, hidden: 8 } };
    const a = trainIntentModel(EXAMPLES, vectors, opts).classify('my account got hacked');
    expect(trainIntentModel(EXAMPLES, vectors, opts).classify('my account got hacked')).toEqual(a);
    expect(a.name).toBe('hacked');
    expect(a.ranking).not.toEqual(
      trainIntentModel(EXAMPLES, vectors).classify('my account got hacked').ranking,
    );
  });
});

describe('the model cache', () => {
  it('when weights are written and read back, then the restored model scores exactly as the trained one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-cache-'));
    const softmax = trainSoftmaxOn(EXAMPLES, vectors, { softmax: { ...DEFAULT_SOFTMAX, hidden: 8 } });
    const key = cacheKey([EXAMPLES.map((e) => e.text)], null);
    writeCachedSoftmax(dir, key, softmax);
    const back = readCachedSoftmax(dir, key);
    expect(back).not.toBeNull();
    // The hidden layer's weights travel too: without them the restored model would score otherwise.
    expect(softmax.weights.U?.length).toBeGreaterThan(0);
    expect(back!.weights.U).toEqual(softmax.weights.U);
    expect(back!.weights.E).toEqual(softmax.weights.E);
    const text = 'reimbursement timing';
    expect(intentModelFrom(back!, vectors).classify(text)).toEqual(
      intentModelFrom(softmax, vectors).classify(text),
    );
  });

  it('when the model has no hidden layer (the default), then it is written and read back without one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-cache-'));
    const linear = trainSoftmaxOn(EXAMPLES, vectors);
    expect(linear.weights.U).toBeUndefined();
    writeCachedSoftmax(dir, 'linear', linear);
    const back = readCachedSoftmax(dir, 'linear');
    expect(back?.weights.U).toBeUndefined();
    expect(intentModelFrom(back!, vectors).classify('will it rain')).toEqual(
      intentModelFrom(linear, vectors).classify('will it rain'),
    );
  });

  it('when the data differs, then the key differs; a missing or truncated file reads as no cache', () => {
    expect(cacheKey(['a'], null)).not.toBe(cacheKey(['b'], null));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-cache-'));
    expect(readCachedSoftmax(dir, 'absent')).toBeNull();
    writeCachedSoftmax(dir, 'cut', trainSoftmaxOn(EXAMPLES, null));
    const file = path.join(dir, 'cut.bin');
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 100));
    expect(readCachedSoftmax(dir, 'cut')).toBeNull();
  });
});

describe('cross-validation', () => {
  it('when folds are drawn, then each intent is spread over them and every example is held out once', () => {
    const folds = stratifiedFolds(EXAMPLES, 4);
    expect(folds.flat()).toHaveLength(EXAMPLES.length);
    for (const f of folds) expect(new Set(f.map((e) => e.intent)).size).toBe(3);
    const results = crossValidate(EXAMPLES, 4, (train) => trainIntentModel(train, vectors));
    expect(results.map((r) => r.example.source).sort()).toEqual(EXAMPLES.map((e) => e.source).sort());
  });
});
