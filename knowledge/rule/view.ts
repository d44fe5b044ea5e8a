/** The part of a decision shown on every reply as `channelData.triage` (DESIGN contract 3). */
import type { TriageView } from '../types';
import type { Decision } from './decision';

const clamp = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));
const round = (n: number) => Math.round(clamp(n) * 1000) / 1000;

export function toTriageView(decision: Decision): TriageView {
  const topic =
    decision.kind === 'answer'
      ? decision.articleId
      : decision.kind === 'wait' || decision.kind === 'calm'
        ? (decision.articleId ?? null)
        : null;
  return {
    outcome: decision.kind,
    topic,
    category: decision.kind === 'escalate' ? decision.category : null,
    confidence: round(decision.confidence),
    reason: decision.reason,
    evidence: { intent: decision.intent.name, score: round(decision.intent.score), detail: decision.detail },
  };
}
