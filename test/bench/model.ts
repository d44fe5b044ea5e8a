/**
 * The intent model's costs (knowledge/nlu), in this process: training from the phrasings with no
 * cache, reading the trained weights back from the cache (what a restart does), and the live heap
 * the model holds (weights, word vectors, training set), measured after a full collection.
 * Bar (issue 9): the model adds at most 50 MB of live heap.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '../../knowledge/kb/loader';
import { loadIntentModel, type LoadedModel } from '../../knowledge/nlu/loadModel';
import { heapAfterGc } from './gc';

/** Heap plus typed-array memory (the weights and vectors live in ArrayBuffers, outside the JS heap), after a full GC. */
function liveBytes(): number {
  heapAfterGc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
import { msSince, round } from './stats';
import { bar, renderTable } from './table';

export const BAR_MODEL_HEAP_MB = 50;

export async function modelSection(print: (s: string) => void): Promise<unknown> {
  const kb = loadKnowledgeBase();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-bench-model-'));
  try {
    const before = liveBytes();
    let t0 = process.hrtime.bigint();
    let kept: LoadedModel | null = loadIntentModel(kb, { cacheDir });
    const trainMs = msSince(t0);
    const heapMb = (liveBytes() - before) / (1024 * 1024);
    t0 = process.hrtime.bigint();
    const cached = loadIntentModel(kb, { cacheDir });
    const cachedMs = msSince(t0);
    const examples = kept.training().examples.length;
    const sample = 'someone changed my password and I did not do it';
    t0 = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) cached.model.classify(`${sample} ${i}`);
    const classifyUs = (msSince(t0) / 1000) * 1000;
    kept = null;
    const pass = heapMb <= BAR_MODEL_HEAP_MB;
    print(
      renderTable(
        `INTENT MODEL (in process; ${examples.toLocaleString('en-US')} phrasings; bar: live heap ≤ ${BAR_MODEL_HEAP_MB} MB)`,
        ['measure', 'value', 'bar'],
        [
          ['train from the phrasings, no cache (ms)', round(trainMs), bar(null)],
          ['read back from the cache, as a restart does (ms)', round(cachedMs), bar(null)],
          ['classify one message (µs, mean of 1,000)', round(classifyUs), bar(null)],
          ['live memory held by the model (MB: heap + array buffers, after GC)', round(heapMb), bar(pass)],
        ],
      ),
    );
    return {
      examples,
      trainMs: round(trainMs),
      cachedMs: round(cachedMs),
      classifyUs: round(classifyUs),
      heapMb: round(heapMb),
      bar: { maxHeapMb: BAR_MODEL_HEAP_MB, pass },
      cachedWasHit: cached.cached,
    };
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
