/**
 * `npm run nlu:train` (and every `npm start`, after the build): trains the intent model from the
 * training phrasings, or finds it already trained in the cache, and says which. Starting the
 * server afterwards reads the cached weights instead of training.
 */
import { loadKnowledgeBase } from '../kb/loader';
import { loadIntentModel } from '../nlu/loadModel';

const started = performance.now();
const { training, cached } = loadIntentModel(loadKnowledgeBase());
const ms = (performance.now() - started).toFixed(0);
process.stdout.write(
  `intent model ${cached ? 'read from the cache' : 'trained'}: ${training.examples.length} phrasings, ` +
    `${training.intents.length} intents, ${ms} ms\n`,
);
