/**
 * `npm run eval -- --cv`: k-fold cross-validation of the whole triage (model, rule, retrieval)
 * on the training data. Each fold's model is trained on the other folds; its held-out examples
 * are judged as first messages and scored like the evaluation sets.
 */
import type { KnowledgeBase } from '../kb/loader';
import { stratifiedFolds } from '../nlu/crossValidate';
import { expectedOutcome } from '../nlu/expectedOutcome';
import { trainIntentModel } from '../nlu/model';
import type { ProcessLexicon } from '../nlu/processLexicon';
import type { Example } from '../nlu/trainingData';
import type { WordVectors } from '../nlu/wordVectors';
import type { ArticleSearch } from '../search/types';
import { createTriage, type TriageJudgement } from '../triage';
import { createUnderstand } from '../understand';

export interface CvLine {
  text: string;
  expected: string;
  source: string;
}

export interface CvRun {
  gold: CvLine[];
  preds: TriageJudgement[];
}

export function crossValidateTriage(
  kb: KnowledgeBase,
  search: ArticleSearch,
  examples: readonly Example[],
  vectors: WordVectors,
  processes: ProcessLexicon,
  k: number,
  now: Date,
): CvRun {
  const folds = stratifiedFolds(examples, k);
  const gold: CvLine[] = [];
  const preds: TriageJudgement[] = [];
  folds.forEach((held, i) => {
    const model = trainIntentModel(folds.filter((_, j) => j !== i).flat(), vectors);
    const triage = createTriage(kb, search, { understand: createUnderstand(model, processes) });
    for (const e of held) {
      const expected = expectedOutcome(e.intent);
      if (!expected) continue;
      gold.push({ text: e.text, expected, source: e.source });
      preds.push(triage.judge(e.text, now));
    }
  });
  return { gold, preds };
}
