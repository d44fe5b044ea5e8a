/**
 * `npm run kb:check`: validates the policy, every article, the training phrasings, the process
 * table, the other companies' names, whose accounts are elsewhere, and the conversation's
 * phrasings, survey words, urgency and asking-in-general phrasings; prints a summary or every error with its file and line (exit 1).
 */
import { KnowledgeError, formatIssue } from '../kb/errors';
import { loadKnowledgeBase } from '../kb/loader';
import { loadCompanyNames } from '../nlu/companies';
import { loadElsewhereAccounts } from '../nlu/elsewhereAccounts';
import { trainingSetOf } from '../nlu/loadModel';
import { processLexiconFor } from '../nlu/processLexicon';
import { checkArticleIds, loadPhrasings } from '../conversation/phrasings';
import { loadSurveyWords } from '../conversation/surveyWords';
import { loadInGeneral } from '../understand/inGeneral';
import { loadUrgency } from '../understand/urgency';

function main(): number {
  try {
    const kb = loadKnowledgeBase();
    const training = trainingSetOf(kb);
    processLexiconFor(kb);
    const companies = loadCompanyNames();
    loadElsewhereAccounts();
    checkArticleIds(loadPhrasings(), new Set(kb.byId.keys()));
    loadSurveyWords();
    loadUrgency();
    loadInGeneral();
    process.stdout.write(
      `knowledge base OK: ${kb.articles.length} articles, ${Object.keys(kb.policy.timelines).length} timelines, ` +
        `${training.examples.length} training phrasings for ${training.intents.length} intents, ` +
        `${companies.names.length} other companies' names, elsewhere-accounts.yml, ` +
        `the conversation's phrasings, survey words, urgency and asking-in-general phrasings\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof KnowledgeError) {
      process.stderr.write(`knowledge base has ${err.issues.length} error(s):\n`);
      for (const issue of err.issues) process.stderr.write(`  ${formatIssue(issue)}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main();
