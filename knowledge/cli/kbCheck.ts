/** `npm run kb:check`: validates policy and articles; prints a summary or every error (exit 1). */
import { KnowledgeError, formatIssue } from '../kb/errors';
import { loadKnowledgeBase } from '../kb/loader';

function main(): number {
  try {
    const kb = loadKnowledgeBase();
    process.stdout.write(
      `knowledge base OK: ${kb.articles.length} articles, ${Object.keys(kb.policy.timelines).length} timelines\n`,
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
