/** First-message triage: the batch command's judge and its line protocol. */
export { createTriage, type Triage, type TriageJudgement, type TriageOptions } from './createTriage';
export { judgeLine, type BatchOutput } from './batch';
export { scoreRun, formatReport, type ScoreReport } from './score';
