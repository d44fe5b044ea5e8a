/**
 * `npm run nlu:train` (and every `npm start`, after the build): trains the intent model from the
 * training phrasings, or finds it already trained in the cache, and says which. Starting the
 * server afterwards reads the cached weights instead of training. Invalid phrasings stop it with
 * every problem's file and line, as `npm run kb:check` prints them.
 */
import { KnowledgeError, formatIssue } from '../kb/errors';
import { loadKnowledgeBase } from '../kb/loader';
import { loadIntentModel } from '../nlu/loadModel';

function main(): number {
  const started = performance.now();
  try {
    const loaded = loadIntentModel(loadKnowledgeBase());
    // Parsed even on a cache hit: this command is where invalid phrasings are reported.
    const training = loaded.training();
    const { cached } = loaded;
    const ms = (performance.now() - started).toFixed(0);
    process.stdout.write(
      `intent model ${cached ? 'read from the cache' : 'trained'}: ${training.examples.length} phrasings, ` +
        `${training.intents.length} intents, ${ms} ms\n`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    process.stderr.write(`knowledge base has ${err.issues.length} error(s):\n`);
    for (const issue of err.issues) process.stderr.write(`  ${formatIssue(issue)}\n`);
    return 1;
  }
}

process.exitCode = main();
